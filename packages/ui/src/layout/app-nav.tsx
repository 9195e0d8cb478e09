import { NavLink } from 'react-router';
import { useT } from '../i18n/translate.js';

export interface NavItem {
  to: string;
  label: string;
  /** Active only on this exact path (for the start page). */
  end?: boolean;
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
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
