/**
 * Hostile content for the layout tests: what real businesses type and a layout must survive. A company
 * name of 300 characters (with or without spaces), 80-character strings without a break (addresses,
 * e-mail addresses, web addresses) and long Chinese and Thai entries, put into the places where they are
 * hardest to lay out: the running header, the cover, the quick card, narrow table columns, wallet cards.
 */
import type { Plan } from '../../domain';

const fill = (phrase: string, length: number): string => phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length);

/** 300 characters, words separated by spaces. */
export const LONG_NAME_SPACED = `${fill('Northern Highlands Cooperative of Traditional Food Producers, Packers and Distributors ', 299).trim()}.`;
/** 300 characters without a single space. */
export const LONG_NAME_UNBROKEN = fill('PTSumberMakmurSejahteraAbadiNusantara', 300);
/** 80 characters without a space: an address typed without spaces. */
export const UNBROKEN_ADDRESS = fill('Jl.RayaCempakaPutihBaratNo.12RT005RW007KelurahanCempakaPutih', 80);
/** An e-mail address of 80 characters. */
export const LONG_EMAIL = `${fill('procurement.and.continuity.department', 60)}@${fill('longcompanydomain', 7)}.example`;
/** A web address of 80 characters. */
export const LONG_URL = `https://${fill('www.example-cooperative-highlands.example/continuity/plan/', 72)}`;
/** A long Traditional Chinese entry without spaces. */
export const LONG_CJK = '臺灣新北市新莊區中正路五段一百二十三巷四十五弄六號七樓之八電子零件精密加工股份有限公司附設研發中心第一實驗室';
/** A long Thai entry without spaces. */
export const LONG_THAI = 'ห้างหุ้นส่วนจำกัดโรงงานผลิตชิ้นส่วนอิเล็กทรอนิกส์และอุปกรณ์ไฟฟ้าสำหรับอุตสาหกรรมยานยนต์ภาคตะวันออก';

const at = <T>(items: readonly T[], index: number, change: (item: T) => T): T[] =>
  items.map((item, i) => (i === index ? change(item) : item));

/** `plan` with hostile content in many of its fields and `companyName` as the company's name. */
export function hostilePlan(plan: Plan, companyName: string): Plan {
  return {
    ...plan,
    company: {
      ...plan.company,
      name: companyName,
      address: UNBROKEN_ADDRESS,
      sites: at(plan.company.sites, 0, (site) => ({ ...site, address: LONG_URL })),
    },
    team: { ...plan.team, leader: { ...plan.team.leader, email: LONG_EMAIL } },
    keyProducts: at(at(plan.keyProducts, 0, (product) => ({ ...product, name: LONG_THAI })), 1, (product) => ({
      ...product,
      name: LONG_CJK,
    })),
    suppliers: at(plan.suppliers, 0, (supplier) => ({ ...supplier, name: LONG_CJK, email: LONG_EMAIL, phone: UNBROKEN_ADDRESS })),
    contacts: {
      ...plan.contacts,
      employees: at(at(plan.contacts.employees, 0, (employee) => ({ ...employee, emergencyContact: UNBROKEN_ADDRESS })), 1, (employee) => ({
        ...employee,
        name: LONG_THAI,
      })).map((employee) => (employee.id === plan.team.leader.employeeId ? { ...employee, name: LONG_CJK.slice(0, 24) } : employee)),
      external: at(at(plan.contacts.external, 0, (contact) => ({ ...contact, email: LONG_EMAIL, person: LONG_URL })), 1, (contact) => ({
        ...contact,
        organisation: LONG_THAI,
      })),
    },
    measures: at(plan.measures, 0, (measure) => ({ ...measure, action: `${LONG_THAI} ${LONG_CJK}`, owner: LONG_EMAIL })),
    kit: at(plan.kit, 0, (item) => ({ ...item, location: LONG_URL })),
    emergency: {
      ...plan.emergency,
      evacuation: { ...plan.emergency.evacuation, assemblyPoint: UNBROKEN_ADDRESS },
      activation: { ...plan.emergency.activation, whoDecides: LONG_CJK },
    },
    strategies: at(plan.strategies, 0, (strategy) => ({ ...strategy, description: `${LONG_CJK}${LONG_THAI}`, owner: LONG_THAI })),
  };
}
