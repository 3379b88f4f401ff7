import type { AnchorHTMLAttributes, Ref } from 'react';
import { Link, useLocation } from 'wouter';
import { useLocationProperty } from 'wouter/use-browser-location';

const currentHash = () => window.location.hash;

/**
 * The address's #fragment, kept up to date on every navigation (links, back and forward, hash
 * changes). wouter's own location is the path alone.
 */
export function useHash(): string {
  return useLocationProperty(currentHash);
}

/** Whether `path` is `target` or, unless `end`, a page below it; letter case and a trailing slash do not count. */
export function isActivePath(path: string, target: string, end = false): boolean {
  const normalize = (value: string) => value.toLowerCase().replace(/\/+$/, '');
  const here = normalize(path);
  const there = normalize(target);
  return here === there || (!end && here.startsWith(`${there}/`));
}

type NavLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: string;
  /** Active on `to` itself only, not on the pages below it. */
  end?: boolean;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A link that marks the page the user is on: class `active` and aria-current="page". Following it
 * while already on that page replaces the history entry instead of adding a second one.
 */
export function NavLink({ to, end = false, className, ...props }: NavLinkProps) {
  const [path] = useLocation();
  const hash = useHash();
  const active = isActivePath(path, to, end);
  return (
    <Link
      {...props}
      to={to}
      replace={path === to && !hash}
      className={[className, active ? 'active' : ''].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}
