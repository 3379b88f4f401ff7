/** Appendix B: the staff contact list and the outside contacts. */
import { Block, filled, PartHeading, shown, Table } from './blocks';
import type { PdfContext } from './context';
import { fieldLabel } from './answers';

export function AppendixContacts({ ctx }: { ctx: PdfContext }) {
  return (
    <>
      <PartHeading ctx={ctx} title={ctx.t('pdf:appendix.contacts')} first />
      <ContactLists ctx={ctx} />
    </>
  );
}

/** The staff contact list and the outside contacts, as tables (Appendix B, and the Quick plan's contacts). */
export function ContactLists({ ctx }: { ctx: PdfContext }) {
  const { plan, t } = ctx;
  const { employees, external } = plan.contacts;
  return (
    <>
      <Block ctx={ctx} title={t('pdf:heading.staff')} empty={employees.length === 0}>
        <Table
          ctx={ctx}
          rows={employees}
          columns={[
            { header: t('pdf:column.name'), width: 24, value: (employee) => ({ text: shown(employee.name), tone: 'strong' }) },
            { header: t('pdf:column.job'), width: 22, value: (employee) => shown(employee.role) },
            { header: t('pdf:column.mobile'), width: 17, value: (employee) => shown(employee.mobile) },
            { header: fieldLabel(ctx, 'contacts.employees.altPhone'), width: 15, value: (employee) => shown(employee.altPhone) },
            { header: fieldLabel(ctx, 'contacts.employees.emergencyContact'), width: 22, value: (employee) => shown(employee.emergencyContact) },
          ]}
        />
      </Block>
      <Block ctx={ctx} title={fieldLabel(ctx, 'contacts.external')} empty={external.length === 0}>
        <Table
          ctx={ctx}
          rows={external}
          columns={[
            {
              header: t('pdf:column.type'),
              width: 20,
              labels: true,
              value: (contact) => (contact.category === null ? '–' : t(`options:contactCategory.${contact.category}`)),
            },
            { header: fieldLabel(ctx, 'contacts.external.organisation'), width: 30, value: (contact) => ({ text: shown(contact.organisation), tone: 'strong' }) },
            { header: fieldLabel(ctx, 'contacts.external.person'), width: 18, value: (contact) => shown(contact.person) },
            {
              header: t('pdf:column.contact'),
              width: 32,
              value: (contact) => ({ text: shown(contact.phone), tone: 'strong', sub: filled(contact.email).join('') || undefined }),
            },
          ]}
        />
      </Block>
    </>
  );
}
