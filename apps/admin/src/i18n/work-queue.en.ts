// English texts of the work queue (issue 16); the same keys as work-queue.nb.ts.
import type { workQueueNb } from './work-queue.nb.js';

export const workQueueEn: Record<keyof typeof workQueueNb, string> = {
  'admin.nav.workQueue': 'Work queue',
  'workQueue.waiting': '{count, plural, one {# waiting} other {# waiting}}',
  'workQueue.heading': 'Work queue',
  'workQueue.intro': 'Everything waiting for the network, oldest first.',
  'workQueue.intro.support':
    'Clinics that reported several departments and wait for support to register the addresses.',
  'workQueue.loading': 'Loading the work queue …',
  'workQueue.empty': 'Nothing is waiting. The queue is empty.',
  'workQueue.summary':
    '{membership, plural, one {# membership application} other {# membership applications}} · {agreement, plural, one {# agreement} other {# agreements}} · {departments, plural, one {# clinic} other {# clinics}} with departments.',
  'workQueue.col.since': 'Waiting since',
  'workQueue.col.kind': 'What',
  'workQueue.col.subject': 'Concerns',
  'workQueue.kind.membership': 'Membership application',
  'workQueue.kind.agreement': 'Agreement to approve',
  'workQueue.kind.departments': 'Departments to register',
  'workQueue.agreement.personal': '{insurer} and {practitioner} ({clinic})',
  'workQueue.agreement.clinic': '{insurer} and {clinic}',
  'workQueue.agreement.approveNamed': 'Approve the agreement between {insurer} and {party}',
  'workQueue.departments.open': 'Register the addresses',
  'workQueue.departments.openNamed': 'Register the addresses for {clinic}',
  'memberships.reject': 'Reject',
  'memberships.rejectNamed': 'Reject the application for {name}',
  'memberships.reject.heading': 'Reject the membership application for {name}',
  'memberships.reject.intro': 'The clinic sees the reason and may apply again once it is corrected.',
  'memberships.reject.reason': 'Reason',
  'memberships.reject.reason.hint': 'At most {max} characters. The clinic sees this text.',
  'memberships.reject.submit': 'Reject the application',
  'membership.rejected': 'Rejected',
  'membership.rejectedReason': 'Rejected by the network: «{reason}»',
};
