import type { EntityManager } from '@bn/db';
import {
  Agreement,
  AppointmentBook,
  AppointmentType,
  Clinic,
  Department,
  Insurer,
  Membership,
  Practitioner,
  Tariff,
  TypeRule,
  WeekTemplate,
  WorkPlan,
} from '@bn/db';
import type { ReadinessSubject } from '@bn/domain';
import { isoDateOf } from '../../config-shape.js';

/**
 * What readiness sees of a week template: which types its windows place — not their times, not the breaks. The loader
 * below builds the subjects from it, and a configuration change whose templates look the same through it leaves the
 * offers as they are (free-time-scope.ts).
 */
export function templateAsReadinessSees(t: { windows: readonly { typeIds: readonly string[] }[] }) {
  return { windows: t.windows.map((w) => ({ typeIds: [...w.typeIds] })) };
}

/** What readiness sees of a work plan: which template each week uses — not its closed days or opened holidays. */
export function workPlanAsReadinessSees<W>(p: { weeks: readonly W[] }): W[] {
  return [...p.weeks];
}

export interface LoadReadinessSubjectsOptions {
  em: EntityManager;
  /** The clinics to load; every book × type of each. */
  clinicIds: readonly string[];
  /** Today in Oslo, YYYY-MM-DD (`osloDate(now)`). */
  today: string;
}

export interface ReadinessPair {
  clinicId: string;
  book: { id: string; name: string };
  type: { id: string; name: string };
  subject: ReadinessSubject;
}

/**
 * Everything `evaluateReadiness` needs for every book × type of the given clinics, in a fixed number of queries
 * whatever the number of clinics, books and types (nothing is loaded per pair). The admin screens and the search use
 * this same loader, so they judge the same data. Pairs come per clinic, books and types by name.
 */
export async function loadReadinessSubjects({
  em,
  clinicIds,
  today,
}: LoadReadinessSubjectsOptions): Promise<ReadinessPair[]> {
  if (clinicIds.length === 0) return [];
  const inClinics = { clinic: { $in: [...clinicIds] } };
  // One query after the other: the search calls this inside a configuration transaction, whose single connection
  // must not run two queries at once.
  const clinics = await em.find(Clinic, { id: { $in: [...clinicIds] } }, { orderBy: { name: 'asc' } });
  const departments = await em.find(Department, inClinics, { orderBy: { name: 'asc' } });
  const books = await em.find(AppointmentBook, inClinics, { orderBy: { name: 'asc', id: 'asc' } });
  const types = await em.find(AppointmentType, inClinics, { orderBy: { name: 'asc', id: 'asc' } });
  const insurers = await em.find(Insurer, {}, { orderBy: { name: 'asc' } });
  const networkTariffs = await em.find(Tariff, { kind: 'insurance' }, { orderBy: { code: 'asc' } });
  const bookIds = books.map((b) => b.id);
  const ownerIds = [...new Set(books.flatMap((b) => (b.ownerPractitioner ? [b.ownerPractitioner.id] : [])))];
  const rules = await em.find(TypeRule, { book: { $in: bookIds } }, { populate: ['tariffs'] });
  const templates = await em.find(WeekTemplate, { book: { $in: bookIds } });
  const plans = await em.find(WorkPlan, { book: { $in: bookIds } });
  const owners = await em.find(Practitioner, { id: { $in: ownerIds } });
  const memberships = await em.find(Membership, { practitioner: { $in: ownerIds } });
  const agreements = await em.find(Agreement, {
    $or: [{ clinic: { $in: [...clinicIds] } }, { practitioner: { $in: ownerIds } }],
  });

  const networkInsuranceTariffs = networkTariffs.map((t) => ({
    code: t.code,
    name: t.name,
    professions: t.professions ?? [],
  }));
  const ruleOf = new Map(rules.map((r) => [`${r.book.id}|${r.type.id}`, r]));
  const insurerList = insurers.map((i) => ({
    id: i.id,
    name: i.name,
    offersPsychologistBooking: i.offersPsychologistBooking,
  }));
  const agreementOf = (a: Agreement, scope: 'clinic' | 'practitioner') => ({
    insurerId: a.insurer.id,
    status: a.status,
    validFrom: isoDateOf(a.validFrom),
    validTo: a.validTo == null ? null : isoDateOf(a.validTo),
    scope,
  });

  return clinics.flatMap((clinic) => {
    const clinicPart = {
      id: clinic.id,
      name: clinic.name,
      integrationActive: clinic.integrationActive,
      severalDepartmentsNotified: clinic.severalDepartmentsNotifiedAt != null,
    };
    const clinicDepartments = departments
      .filter((d) => d.clinic.id === clinic.id)
      .map((d) => ({
        id: d.id,
        name: d.name,
        street: d.street,
        postcode: d.postcode,
        city: d.city,
        registeredWithNetwork: d.registeredWithNetworkAt != null,
      }));
    const clinicAgreements = agreements.filter((a) => a.clinic?.id === clinic.id).map((a) => agreementOf(a, 'clinic'));
    const clinicTypes = types.filter((t) => t.clinic.id === clinic.id);

    return books
      .filter((b) => b.clinic.id === clinic.id)
      .flatMap((book) => {
        const ownerRow = book.ownerPractitioner ? owners.find((p) => p.id === book.ownerPractitioner!.id) : undefined;
        const owner: ReadinessSubject['owner'] = ownerRow
          ? {
              id: ownerRow.id,
              name: ownerRow.name,
              profession: ownerRow.profession,
              hprNumber: ownerRow.hprNumber ?? null,
              membership: memberships.find((m) => m.practitioner.id === ownerRow.id)?.status ?? null,
              membershipRejectionReason:
                memberships.find((m) => m.practitioner.id === ownerRow.id)?.rejectionReason ?? null,
            }
          : null;
        const personal = ownerRow
          ? agreements.filter((a) => a.practitioner?.id === ownerRow.id).map((a) => agreementOf(a, 'practitioner'))
          : [];
        const plan = plans.find((p) => p.book.id === book.id);
        const schedule: ReadinessSubject['schedule'] = {
          weeks: plan ? workPlanAsReadinessSees(plan) : [],
          templates: templates
            .filter((t) => t.book.id === book.id)
            .map((t) => ({ id: t.id, ...templateAsReadinessSees(t) })),
        };
        const bookPart = {
          id: book.id,
          name: book.name,
          ownerKind: book.ownerKind,
          onlineBooking: book.onlineBooking,
          patientLists: book.patientLists ?? [],
        };

        return clinicTypes.map((type): ReadinessPair => {
          const rule = ruleOf.get(`${book.id}|${type.id}`);
          return {
            clinicId: clinic.id,
            book: { id: book.id, name: book.name },
            type: { id: type.id, name: type.name },
            subject: {
              today,
              clinic: clinicPart,
              departments: clinicDepartments,
              book: bookPart,
              owner,
              type: {
                id: type.id,
                name: type.name,
                bookableOnline: type.bookableOnline,
                departmentId: type.department?.id ?? null,
              },
              rule: rule
                ? {
                    patientList: rule.patientList,
                    tariffs: rule.tariffs
                      .getItems()
                      .map((t) => ({
                        id: t.id,
                        code: t.code,
                        name: t.name,
                        kind: t.kind,
                        professions: t.professions ?? [],
                      }))
                      .sort((a, b) => a.code.localeCompare(b.code)),
                  }
                : null,
              schedule,
              agreements: [...clinicAgreements, ...personal],
              insurers: insurerList,
              networkInsuranceTariffs,
            },
          };
        });
      });
  });
}
