import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { PATIENT_LISTS } from '@bn/domain';
import { baseProperties } from './common.js';
import { AppointmentType } from './appointment-type.entity.js';
import { AppointmentBook } from './appointment-book.entity.js';
import { Tariff } from './tariff.entity.js';

/** T2/T4: for one book, who may book the type and which tariffs it carries. One rule per type × book. */
export const TypeRule = defineEntity({
  name: 'TypeRule',
  tableName: 'type_rule',
  uniques: [{ properties: ['type', 'book'] }],
  properties: (p) => ({
    ...baseProperties,
    type: () => p.manyToOne(AppointmentType).deleteRule('cascade'),
    book: () => p.manyToOne(AppointmentBook).deleteRule('cascade').index(),
    patientList: p.enum([...PATIENT_LISTS]),
    tariffs: () => p.manyToMany(Tariff).pivotTable('type_rule_tariff').owner(),
  }),
});
export type TypeRule = InferEntity<typeof TypeRule>;
