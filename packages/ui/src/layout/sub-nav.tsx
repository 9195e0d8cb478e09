import { NavLink } from 'react-router';
import type { NavItem } from './app-nav.js';

/**
 * The sections of one page (e.g. a clinic's Timebøker, Timetyper …) as links, so each section has its own address
 * and the browser's back button works. The current one carries aria-current="page".
 */
export function SubNav({ label, items }: { label: string; items: readonly NavItem[] }) {
  return (
    <nav className="sub-nav" aria-label={label}>
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
