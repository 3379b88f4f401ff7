import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import { ISSUE_CODES, issuesOnPath, planSchema, type Plan, type PlanIssue } from '../domain';
import { pathScope } from '../questionnaire';

/** What a field error carries: a translation key under validation: and its interpolation values. */
export interface ValidationMessage {
  code: string;
  params: Record<string, string | number>;
}

function encode(message: ValidationMessage): string {
  return JSON.stringify(message);
}

/** Reads back the message that the resolver put on a field error. */
export function decodeValidationMessage(message: string | undefined): ValidationMessage | null {
  if (!message) return null;
  try {
    const parsed: unknown = JSON.parse(message);
    if (typeof parsed === 'object' && parsed !== null && 'code' in parsed && typeof parsed.code === 'string') {
      const params = 'params' in parsed && typeof parsed.params === 'object' && parsed.params ? parsed.params : {};
      return { code: parsed.code, params: params as ValidationMessage['params'] };
    }
  } catch {
    return { code: 'invalid_value', params: {} };
  }
  return { code: 'invalid_value', params: {} };
}

/** The issues a plan on its path is asked about: rules about steps or questions the path leaves out do not apply. */
export function askedIssues(plan: Plan, today: Date): PlanIssue[] {
  return issuesOnPath(plan, today, pathScope(plan.path));
}

/**
 * The form's error on a field when it is about the value's shape (not a number, not a valid value). The rules'
 * errors also reach the form, but only when it last validated: the live issues are their up-to-date source.
 */
export function shapeError(message: string | undefined): string | undefined {
  const decoded = decodeValidationMessage(message);
  return decoded && !(ISSUE_CODES as readonly string[]).includes(decoded.code) ? message : undefined;
}

const zodMessages: z.core.$ZodErrorMap = (issue) =>
  encode({
    code: issue.code === 'invalid_type' && issue.expected === 'number' ? 'not_a_number' : 'invalid_value',
    params: {},
  });

/**
 * The step forms' resolver: the stored shape (planSchema) plus every error rule of the domain,
 * each reported on the field it is about, with a message key that the UI translates.
 */
export function planResolver(today: Date): Resolver<Plan> {
  const schema = planSchema.check(
    z.superRefine((plan, context) => {
      for (const issue of askedIssues(plan, today)) {
        if (issue.severity !== 'error') continue;
        context.addIssue({ code: 'custom', path: issue.path, message: encode({ code: issue.code, params: issue.params ?? {} }) });
      }
    }),
  );
  // The form always holds a complete plan (it starts from a parsed one), so the schema's input is a Plan.
  return zodResolver(schema, { error: zodMessages }) as Resolver<Plan>;
}
