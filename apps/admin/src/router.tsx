import { createBrowserRouter } from 'react-router';
import { NotFoundPage, RequireRole, RouteErrorPage, SessionGate } from '@bn/ui';
import type { Role } from '@bn/domain';
import type { ReactNode } from 'react';
import { AdminLayout } from './admin-layout.js';
import {
  ACCOUNT_PATHS,
  CLINIC_ADMINS,
  CLINIC_READERS,
  CLINIC_SECTIONS,
  OPERATORS,
  PATHS,
  PRACTITIONERS,
  STAFF,
} from './paths.js';
import { HomePage } from './pages/home-page.js';
import { ClinicsPage } from './pages/clinics-page.js';
import { MyPage } from './pages/my-page.js';
import { ClinicLayout } from './clinic/clinic-layout.js';
import { ReadinessPage } from './clinic/readiness/readiness-page.js';
import { PractitionersPage } from './clinic/practitioners/practitioners-page.js';
import { BooksPage } from './clinic/books/books-page.js';
import { TypesPage } from './clinic/types/types-page.js';
import { SchedulePage } from './clinic/schedule/schedule-page.js';
import { DepartmentsPage } from './clinic/departments/departments-page.js';
import { AuditPage } from './clinic/audit/audit-page.js';
import { CalendarPage } from './clinic/calendar/calendar-page.js';
import { PatientPage } from './clinic/patients/patient-page.js';
import { NotificationsPage } from './clinic/notifications/notifications-page.js';
import { BillingPage } from './clinic/billing/billing-page.js';
import { PricesPage } from './clinic/billing/prices-page.js';
import { InsurersPage } from './network/insurers-page.js';
import { TariffsPage } from './network/tariffs-page.js';
import { MembershipsPage } from './network/memberships-page.js';
import { AgreementsPage } from './network/agreements-page.js';
import { DepartmentNoticesPage } from './network/department-notices-page.js';
import { WorkQueuePage } from './network/work-queue-page.js';
import { JobsPage } from './network/jobs-page.js';
import { SellerDetailsPage } from './clinic/seller-details/seller-details-page.js';
import { ContactPage } from './clinic/contact/contact-page.js';
import { CaseRegisterPage } from './network/cases/case-register-page.js';
import { ApiKeysPage } from './network/api-keys-page.js';
import { WebhooksPage } from './network/webhooks-page.js';
import { InvitationPage } from './account/invitation-page.js';
import { UsersSection } from './clinic/users-section.js';
import { ForgotPasswordPage } from './account/forgot-password-page.js';
import { ResetPasswordPage } from './account/reset-password-page.js';

const only = (roles: readonly Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>;

export const router = createBrowserRouter(
  [
    // The pages an account e-mail's link opens: without a session (they are how one gets one).
    { path: ACCOUNT_PATHS.invitation, element: <InvitationPage />, errorElement: <RouteErrorPage /> },
    { path: ACCOUNT_PATHS.forgotPassword, element: <ForgotPasswordPage />, errorElement: <RouteErrorPage /> },
    { path: ACCOUNT_PATHS.resetPassword, element: <ResetPasswordPage />, errorElement: <RouteErrorPage /> },
    {
      path: '/',
      // Every route, also an unknown one, first needs a signed-in user of this app.
      element: (
        <SessionGate>
          <AdminLayout />
        </SessionGate>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomePage /> },
        { path: PATHS.clinics, element: only(CLINIC_READERS, <ClinicsPage />) },
        {
          path: `${PATHS.clinics}/:clinicId`,
          element: only(CLINIC_READERS, <ClinicLayout />),
          children: [
            { index: true, element: <ReadinessPage /> },
            { path: CLINIC_SECTIONS.calendar, element: only(CLINIC_ADMINS, <CalendarPage />) },
            { path: CLINIC_SECTIONS.patients, element: only(CLINIC_ADMINS, <PatientPage />) },
            { path: CLINIC_SECTIONS.billing, element: only(CLINIC_ADMINS, <BillingPage />) },
            { path: CLINIC_SECTIONS.prices, element: only(CLINIC_ADMINS, <PricesPage />) },
            { path: CLINIC_SECTIONS.notifications, element: only(CLINIC_ADMINS, <NotificationsPage />) },
            { path: CLINIC_SECTIONS.practitioners, element: <PractitionersPage /> },
            { path: CLINIC_SECTIONS.books, element: <BooksPage /> },
            { path: CLINIC_SECTIONS.types, element: <TypesPage /> },
            { path: CLINIC_SECTIONS.schedule, element: <SchedulePage /> },
            { path: CLINIC_SECTIONS.departments, element: <DepartmentsPage /> },
            { path: CLINIC_SECTIONS.sellerDetails, element: <SellerDetailsPage /> },
            { path: CLINIC_SECTIONS.contact, element: <ContactPage /> },
            { path: CLINIC_SECTIONS.users, element: <UsersSection /> },
            { path: CLINIC_SECTIONS.audit, element: <AuditPage /> },
          ],
        },
        { path: PATHS.insurers, element: only(OPERATORS, <InsurersPage />) },
        { path: PATHS.cases, element: only(OPERATORS, <CaseRegisterPage />) },
        { path: PATHS.tariffs, element: only(OPERATORS, <TariffsPage />) },
        { path: PATHS.memberships, element: only(OPERATORS, <MembershipsPage />) },
        { path: PATHS.agreements, element: only(OPERATORS, <AgreementsPage />) },
        { path: PATHS.departmentNotices, element: only(STAFF, <DepartmentNoticesPage />) },
        { path: PATHS.workQueue, element: only(STAFF, <WorkQueuePage />) },
        { path: PATHS.jobs, element: only(OPERATORS, <JobsPage />) },
        { path: PATHS.apiKeys, element: only(OPERATORS, <ApiKeysPage />) },
        { path: PATHS.webhooks, element: only(OPERATORS, <WebhooksPage />) },
        { path: PATHS.myPage, element: only(PRACTITIONERS, <MyPage />) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/admin' },
);
