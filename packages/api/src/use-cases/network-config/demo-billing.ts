// P1 demo data: the clinics as sellers and the insurers as buyers on EHF documents, the clinics' price lists and the
// agreements' B-tariff prices, so a demo card can be billed and its invoice downloaded at once (docs/billing.md).
import { AgreementPrice, Clinic, ClinicPrice, Insurer, type EntityManager } from '@bn/db';

interface DemoSeller {
  legalName: string;
  invoiceStreet: string;
  invoicePostcode: string;
  invoiceCity: string;
  bankAccount: string;
  inBusinessRegister: boolean;
  vatRegistered: boolean;
  chargesCancellation: boolean;
  chargesNoShow: boolean;
}

export const DEMO_SELLERS: Record<string, DemoSeller> = {
  'clinic-majorstuen': {
    legalName: 'Majorstuen Fysioterapi og Kiropraktikk AS',
    invoiceStreet: 'Kirkeveien 64',
    invoicePostcode: '0364',
    invoiceCity: 'Oslo',
    bankAccount: '86011117947',
    inBusinessRegister: true,
    vatRegistered: false,
    chargesCancellation: false,
    chargesNoShow: true,
  },
  'clinic-bergen': {
    legalName: 'Bergen Helse og Bevegelse AS',
    invoiceStreet: 'Strandgaten 18',
    invoicePostcode: '5013',
    invoiceCity: 'Bergen',
    bankAccount: '15032080119',
    inBusinessRegister: true,
    vatRegistered: true,
    chargesCancellation: true,
    chargesNoShow: true,
  },
  'clinic-trondheim': {
    legalName: 'Trondheim Psykologsenter AS',
    invoiceStreet: 'Munkegata 1',
    invoicePostcode: '7011',
    invoiceCity: 'Trondheim',
    bankAccount: '12345678903',
    inBusinessRegister: true,
    vatRegistered: false,
    chargesCancellation: false,
    chargesNoShow: false,
  },
};

export const DEMO_BUYERS: Record<
  string,
  Pick<Insurer, 'legalName' | 'invoiceStreet' | 'invoicePostcode' | 'invoiceCity'>
> = {
  'insurer-storebrand': {
    legalName: 'Storebrand Livsforsikring AS',
    invoiceStreet: 'Professor Kohts vei 9',
    invoicePostcode: '1366',
    invoiceCity: 'Lysaker',
  },
  'insurer-falck': {
    legalName: 'Falck Helse AS',
    invoiceStreet: 'Lysaker torg 45',
    invoicePostcode: '1366',
    invoiceCity: 'Lysaker',
  },
  'insurer-if': {
    legalName: 'If Skadeforsikring NUF',
    invoiceStreet: 'Drammensveien 264',
    invoicePostcode: '0283',
    invoiceCity: 'Oslo',
  },
  'insurer-vertikal': {
    legalName: 'Vertikal Helseassistanse AS',
    invoiceStreet: 'Tordenskiolds gate 8',
    invoicePostcode: '0160',
    invoiceCity: 'Oslo',
  },
};

/** Clinic × tariff id → øre: Helfo and own tariffs. */
export const DEMO_CLINIC_PRICES: Record<string, Record<string, number>> = {
  'clinic-majorstuen': {
    'tariff-a3a': 22450,
    'tariff-a3b': 7925,
    'tariff-k1': 49000,
    'tariff-k2': 35000,
    'tariff-own-treningsveiledning': 60000,
  },
  'clinic-bergen': { 'tariff-a3a': 23000, 'tariff-a3b': 8000 },
};

/** Agreement × B-tariff id → øre, as the network operator sets them. */
export const DEMO_AGREEMENT_PRICES: Record<string, Record<string, number>> = {
  'agreement-storebrand-majorstuen': { 'tariff-b1010': 65000, 'tariff-b1011': 70000, 'tariff-b1020': 85000 },
  'agreement-falck-majorstuen': { 'tariff-b1010': 62000, 'tariff-b1011': 68000, 'tariff-b1020': 80000 },
  'agreement-if-bergen': { 'tariff-b1030': 90000, 'tariff-b1040': 75000 },
  'agreement-falck-emma': { 'tariff-b2010': 120000 },
};

/** Writes the billing demo into the caller's unit of work (the seed flushes it), after the network is imported. */
export async function seedDemoBilling(em: EntityManager, now: Date): Promise<void> {
  for (const [id, seller] of Object.entries(DEMO_SELLERS)) em.assign(await em.findOneOrFail(Clinic, { id }), seller);
  for (const [id, buyer] of Object.entries(DEMO_BUYERS)) em.assign(await em.findOneOrFail(Insurer, { id }), buyer);
  for (const [clinic, prices] of Object.entries(DEMO_CLINIC_PRICES))
    for (const [tariff, priceOre] of Object.entries(prices))
      em.create(ClinicPrice, { clinic, tariff, priceOre, updatedAt: now });
  for (const [agreement, prices] of Object.entries(DEMO_AGREEMENT_PRICES))
    for (const [tariff, priceOre] of Object.entries(prices))
      em.create(AgreementPrice, { agreement, tariff, priceOre, updatedAt: now });
}
