import { createBrowserRouter } from 'react-router';
import { NotFoundPage, RouteErrorPage, SessionGate } from '@bn/ui';
import { AgentLayout } from './agent-layout.js';
import { SearchPage } from './search/search-page.js';
import { WeekPage } from './week/week-page.js';
import { WhyPage } from './why/why-page.js';
import { BookingPage } from './booking/booking-page.js';
import { MyBookingsPage } from './bookings/my-bookings-page.js';
import { MovePage } from './move/move-page.js';

export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: (
        <SessionGate>
          <AgentLayout />
        </SessionGate>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <SearchPage /> },
        { path: 'behandler/:practitionerId', element: <WeekPage /> },
        { path: 'hvorfor', element: <WhyPage /> },
        { path: 'bestill', element: <BookingPage /> },
        { path: 'mine-bookinger', element: <MyBookingsPage /> },
        { path: 'mine-bookinger/:appointmentId/flytt', element: <MovePage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/agent' },
);
