import { useTranslation } from 'react-i18next';
import { unprintableFieldTexts } from './unprintable-fields';

/** Where in the plan the characters no PDF font can draw were typed, so they can be found and changed. */
export function UnprintableFields({ plan, characters }: { plan: unknown; characters: readonly string[] }) {
  const { t, i18n } = useTranslation('common');
  const fields = unprintableFieldTexts(i18n, plan, characters);
  if (fields.length === 0) return null;
  return (
    <>
      <p>{t('print.unprintableIn')}</p>
      <ul className="unprintable-fields">
        {fields.map((field) => (
          <li key={field}>{field}</li>
        ))}
      </ul>
    </>
  );
}
