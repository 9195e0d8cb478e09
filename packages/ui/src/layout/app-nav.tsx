import { NavLink } from 'react-router';
import { useT } from '../i18n/translate.js';

export interface NavItem {
  to: string;
  label: string;
  /** Active only on this exact path (for the start page). */
  end?: boolean;
  /** How many things wait behind the link (shown as a small count; nothing when 0 or unknown). */
  count?: number;
  /** The count in words for screen readers («3 venter»). */
  countLabel?: string;
}

/** The main menu; the current page's link carries aria-current="page" (NavLink sets it). */
export function AppNav({ items }: { items: readonly NavItem[] }) {
  const t = useT();
  return (
    <nav className="app-nav" aria-label={t('shell.mainNav')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {item.label}
              {item.count ? (
                <>
                  {' '}
                  <span className="nav-count">
                    <span aria-hidden="true">{item.count}</span>
                    <span className="visually-hidden">{item.countLabel ?? item.count}</span>
                  </span>
                </>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
