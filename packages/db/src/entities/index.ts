import { Insurer } from './insurer.entity.js';
import { Clinic } from './clinic.entity.js';
import { Department } from './department.entity.js';
import { Practitioner } from './practitioner.entity.js';
import { User } from './user.entity.js';
import { UserClinic } from './user-clinic.entity.js';
import { Session } from './session.entity.js';
import { SignInAttempt } from './sign-in-attempt.entity.js';

export { Insurer, Clinic, Department, Practitioner, User, UserClinic, Session, SignInAttempt };

export const entities = [Insurer, Clinic, Department, Practitioner, User, UserClinic, Session, SignInAttempt];
