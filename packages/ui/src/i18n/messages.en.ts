// English texts both SPAs read; the keys are exactly those of messages.nb.ts.
import type { Translation } from '@bn/domain';
import type { nb } from './messages.nb.js';

export const en: Translation<typeof nb> = {
  'app.productName': 'Practitioner network',
  'app.admin.name': 'Administration',
  'app.agent.name': 'Insurance',
  'app.admin.title': 'Practitioner network – administration',
  'app.agent.title': 'Practitioner network – insurance',

  'shell.skipToContent': 'Skip to main content',
  'shell.mainNav': 'Main menu',
  'shell.signedInAs': 'Signed in as',
  'shell.signOut': 'Sign out',
  'shell.signingOut': 'Signing out …',
  'shell.signOutFailed': 'Could not sign out. Try again.',
  'language.label': 'Language',

  'signIn.heading': 'Sign in',
  'signIn.intro.admin': 'For the network, support, clinic administrators and practitioners.',
  'signIn.intro.agent': 'For insurance company staff who book appointments for patients.',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.pending': 'Signing in …',
  'signIn.forgot': 'Forgot your password?',
  'signIn.code': 'Code from the authenticator app',
  'signIn.code.hint': 'Six digits from the app. Without your phone, type one of your recovery codes (XXXXX-XXXXX).',
  'signIn.code.submit': 'Confirm',
  'signIn.code.back': 'Back',
  'signIn.code.heading': 'Two-step sign-in',
  'enrol.heading': 'Set up two-step sign-in',
  'enrol.intro':
    'Your role gives access to patient data. So you need a code from an authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP) as well as your password.',
  'enrol.step1': '1. Scan the QR code with the app, or type the key below.',
  'enrol.qrAlt': 'QR code for the authenticator app',
  'enrol.secret': 'Key',
  'enrol.step2': '2. Type the six digits the app shows.',
  'enrol.code': 'Code from the app',
  'enrol.submit': 'Turn on two-step sign-in',
  'enrol.preparing': 'Making a key …',
  'enrol.codesHeading': 'Recovery codes',
  'enrol.codesIntro':
    'Two-step sign-in is on. Keep these codes somewhere safe: each can be used once instead of the code from the app if you lose your phone. They are shown only now.',
  'enrol.codesDone': 'I have kept the codes',
  'enrol.signOut': 'Sign out',

  'wrongApp.heading': 'This app is not for your role',
  'wrongApp.signedInAs': 'You are signed in as {name} ({role}).',
  'wrongApp.body.admin':
    'The administration app is for the network, support, clinic administrators and practitioners. As an insurer agent you use the insurance app.',
  'wrongApp.body.agent':
    'The insurance app is for insurance company staff. With your role you use the administration app.',
  'wrongApp.link.admin': 'Go to the insurance app',
  'wrongApp.link.agent': 'Go to the administration app',

  'state.loading': 'Loading …',
  'state.errorTitle': 'Something went wrong.',
  'state.retry': 'Try again',
  'state.retrying': 'Trying again …',
  'state.empty': 'Nothing to show yet.',
  'error.network': 'Could not reach the server. Check the network and try again.',
  'error.crash': 'The page could not be shown. Reload the page.',
  'error.reload': 'Reload',

  'notFound.heading': 'Page not found',
  'notFound.body': 'This address does not exist in this app. The link may be old, or there may be a typo.',
  'notFound.home': 'Go to the start page',
  'forbidden.heading': 'No access',
  'forbidden.body': 'This page is not available to the role {role}.',

  'common.yes': 'Yes',
  'common.no': 'No',
  'common.actions': 'Actions',

  'form.choose': 'Choose …',
  'form.edit': 'Edit',
  'form.editNamed': 'Edit {name}',
  'form.show': 'Show',
  'form.showNamed': 'Show {name}',
  'form.cancel': 'Cancel',
  'form.saving': 'Saving …',
  'form.working': 'Working …',
  'form.saved': '"{name}" is saved.',
  'form.fixMarked':
    '{count, plural, one {One field needs correcting; its message is beside it.} other {# fields need correcting; their messages are beside them.}}',
  'form.nothingSaved': 'Nothing was saved. Correct the fields and try again.',

  'date.format': 'dd.mm.yyyy',
  'date.invalid': 'Enter a date that exists, as dd.mm.yyyy, for example 02.12.2026.',
  'date.open': 'Choose date in calendar',
  'date.dialog': 'Choose date',
  'date.previousMonth': 'Previous month',
  'date.nextMonth': 'Next month',
  'date.keys': 'Arrow keys move a day or a week, PageUp and PageDown a month, Enter chooses, Escape closes.',
};
