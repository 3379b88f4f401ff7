/**
 * The tree of nodes react-pdf lays out, built straight from a document element (docs/pdf-engine.md, "Re-print
 * after an edit"). react-pdf builds it with React's reconciler, a sixth of a re-print of the large plan; the
 * printed plan's components are plain functions of their props (no hooks, no context), so calling them gives the
 * same tree. The nodes have the shape of react-pdf's host instances (type, box, style, props, children; strings
 * and numbers as text instances, dropped outside a text as the reconciler drops them), and a page's `layout` and a
 * node's `render` prop return nodes, as the reconciler arranges. `document-tree.test.tsx` checks that a PDF made
 * from this tree is the same, byte for byte, as one made through React.
 */
import { Fragment, isValidElement, type ReactElement, type ReactNode } from 'react';

export type DocumentNode = TextInstanceNode | HostNode;
interface TextInstanceNode {
  type: 'TEXT_INSTANCE';
  value: string;
}
interface HostNode {
  type: string;
  box: object;
  style: unknown;
  props: Record<string, unknown>;
  children: DocumentNode[];
}

/** A node built already, handed to a page layout as one of its children (react-pdf's page payload). */
interface BuiltNode {
  readonly built: DocumentNode;
}
type Child = ReactNode | BuiltNode;
type Render = (props: object) => ReactNode;
/** A page layout is a component: its payload comes as its children. */
type Layout = (props: { children: readonly BuiltNode[] }) => ReactNode;

const isBuiltNode = (value: unknown): value is BuiltNode => typeof value === 'object' && value !== null && 'built' in value;
/** Where the reconciler keeps strings: everywhere else they are dropped. */
const TEXT_PARENTS = new Set(['TEXT', 'LINK', 'TSPAN', 'NOTE']);

function withNodeFunctions(props: Record<string, unknown>): Record<string, unknown> {
  const wrapped = { ...props };
  const { render, layout } = props;
  if (typeof render === 'function') wrapped.render = (renderProps: object) => nodesOf((render as Render)(renderProps));
  if (typeof layout === 'function') {
    wrapped.layout = (layoutProps: object, payload: readonly DocumentNode[]) =>
      nodesOf((layout as Layout)({ ...layoutProps, children: payload.map((built) => ({ built })) }));
  }
  return wrapped;
}

/** The nodes of an element (a document element gives one, the document). */
export function nodesOf(element: Child): DocumentNode[] {
  if (element === null || element === undefined || typeof element === 'boolean') return [];
  if (typeof element === 'string' || typeof element === 'number' || typeof element === 'bigint') return [{ type: 'TEXT_INSTANCE', value: `${element}` }];
  if (isBuiltNode(element)) return [element.built];
  if (Array.isArray(element)) return element.flatMap((child: Child) => nodesOf(child));
  if (!isValidElement<Record<string, unknown>>(element)) throw new Error('A PDF document holds elements, strings and numbers only');
  const { type, props } = element as ReactElement<Record<string, unknown>>;
  if (type === Fragment) return nodesOf(props.children as Child);
  if (typeof type === 'function') return nodesOf((type as (props: Record<string, unknown>) => ReactNode)(props));
  if (typeof type !== 'string') throw new Error('A PDF document holds plain function components only');
  const { style, children, ...rest } = props;
  const nodes = nodesOf(children as Child);
  return [
    {
      type,
      box: {},
      style: style ?? {},
      props: withNodeFunctions(rest),
      children: TEXT_PARENTS.has(type) ? nodes : nodes.filter((node) => node.type !== 'TEXT_INSTANCE'),
    },
  ];
}
