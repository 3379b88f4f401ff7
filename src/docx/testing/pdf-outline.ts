/**
 * The outline of the printed plan: every heading the PDF document draws (StepHeading and PartHeading:
 * level 1, SubHeading: level 2), in order, found by expanding the PDF's own element tree (the
 * components are plain functions of their props, without hooks) instead of a list kept by hand. A
 * heading added to the PDF later is then expected in the Word document too.
 */
import { PartHeading, StepHeading, SubHeading } from '../../pdf/document/blocks';
import { PlanDocument, type PlanDocumentProps } from '../../pdf/document/PlanDocument';

export interface OutlineHeading {
  level: 1 | 2;
  text: string;
}

interface Element {
  type: unknown;
  props: Record<string, unknown>;
}

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && 'type' in node && 'props' in node && typeof (node as Element).props === 'object';

export function pdfOutline(props: PlanDocumentProps): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isElement(node)) return;
    const { type, props: nodeProps } = node;
    if (type === StepHeading) {
      const { ctx, step } = nodeProps as { ctx: { t: (key: string) => string }; step: number };
      headings.push({ level: 1, text: ctx.t(`steps:${step}.title`) });
      return;
    }
    if (type === PartHeading) {
      headings.push({ level: 1, text: String(nodeProps.title) });
      return;
    }
    if (type === SubHeading) {
      headings.push({ level: 2, text: String(nodeProps.children) });
      return;
    }
    if (typeof type === 'function') {
      walk((type as (props: Record<string, unknown>) => unknown)(nodeProps));
      return;
    }
    walk(nodeProps.children);
  };
  walk(PlanDocument(props));
  return headings;
}
