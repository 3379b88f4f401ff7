import type { Plan } from '../plan';
import type { Resource, Supplier } from '../step3-resources';
import { displayName } from './field-checks';
import type { FieldRules } from './field-rules';
import { checksFor, type PlanIssue, type StepChecks } from './issues';

/** What step 3 requires, and the limits of its numbers. */
export const STEP3_FIELD_RULES = {
  'resources.name': { required: 'resource_name_required' },
  'resources.category': { required: 'resource_category_required' },
  'resources.usedBy': { required: 'resource_used_by_required' },
  'suppliers.name': { required: 'supplier_name_required' },
  'suppliers.leadTimeDays': { min: 0 },
} as const satisfies FieldRules;
const RULES = STEP3_FIELD_RULES;

function resourceRecordIssues(check: StepChecks, plan: Plan, resource: Resource, index: number): PlanIssue[] {
  const at = ['resources', index];
  const params = { resource: displayName(resource.name, index) };
  const productIds = new Set(plan.keyProducts.map((product) => product.id));
  const supplierIds = new Set(plan.suppliers.map((supplier) => supplier.id));
  const hasMeasure = plan.measures.some((measure) => measure.target === resource.id);
  return [
    ...check.errorIf(resource.category === null, RULES['resources.category'].required, [...at, 'category'], params),
    ...check.required(resource.name, RULES['resources.name'].required, [...at, 'name'], { number: index + 1 }),
    ...check.errorIf(resource.usedBy.length === 0, RULES['resources.usedBy'].required, [...at, 'usedBy'], params),
    ...resource.usedBy.flatMap((productId, position) =>
      check.errorIf(!productIds.has(productId), 'resource_used_by_unknown', [...at, 'usedBy', position], params),
    ),
    ...check.errorIf(
      resource.supplierId !== null && !supplierIds.has(resource.supplierId),
      'resource_supplier_unknown',
      [...at, 'supplierId'],
      params,
    ),
    ...check.warningIf(
      resource.isBottleneck && !resource.substituteAvailable && !hasMeasure,
      'bottleneck_unprotected',
      at,
      params,
    ),
  ];
}

function supplierIssues(check: StepChecks, plan: Plan, supplier: Supplier, index: number): PlanIssue[] {
  const at = ['suppliers', index];
  const params = { supplier: displayName(supplier.name, index) };
  const alternate = supplier.alternateSupplierId;
  const isSelf = alternate === supplier.id;
  return [
    ...check.required(supplier.name, RULES['suppliers.name'].required, [...at, 'name'], { number: index + 1 }),
    ...check.phone(supplier.phone, [...at, 'phone']),
    ...check.email(supplier.email, [...at, 'email']),
    ...check.errorIf(isSelf, 'supplier_alternate_self', [...at, 'alternateSupplierId'], params),
    ...check.errorIf(
      alternate !== null && !isSelf && !plan.suppliers.some((other) => other.id === alternate),
      'supplier_alternate_unknown',
      [...at, 'alternateSupplierId'],
      params,
    ),
    ...check.withinLimits(supplier.leadTimeDays, RULES['suppliers.leadTimeDays'], [...at, 'leadTimeDays']),
  ];
}

/** Step 3: the resources each key product needs, bottlenecks, and suppliers. */
export function resourceIssues(plan: Plan): PlanIssue[] {
  const check = checksFor(3);
  return [
    ...plan.keyProducts.flatMap((product, index) =>
      check.errorIf(
        !plan.resources.some((resource) => resource.usedBy.includes(product.id)),
        'key_product_without_resources',
        ['keyProducts', index],
        { product: displayName(product.name, index) },
      ),
    ),
    ...plan.resources.flatMap((resource, index) => resourceRecordIssues(check, plan, resource, index)),
    ...plan.suppliers.flatMap((supplier, index) => supplierIssues(check, plan, supplier, index)),
  ];
}
