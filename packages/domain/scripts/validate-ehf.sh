#!/usr/bin/env bash
# Runs the official Peppol BIS Billing 3.0 rules (EN 16931 + PEPPOL incl. NO-R-*) on every kind of EHF document the
# builder makes, and on copies of them broken in one known way each, which must fail with the rule named.
# Needs the shared validator (shared/peppol beside the repository; PEPPOL_DIR overrides), Java and
# Debian's libsaxonhe-java. Not part of CI (the rule files stay outside the project): see docs/ehf.md.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
# shared/ lies beside the repository (a worktree one level deeper); PEPPOL_DIR says otherwise.
peppol="${PEPPOL_DIR:-}"
for d in "$repo/../shared/peppol" "$repo/../../shared/peppol"; do [ -z "$peppol" ] && [ -f "$d/validate.sh" ] && peppol="$d"; done
[ -n "$peppol" ] && [ -f "$peppol/validate.sh" ] || { echo "no validator found (set PEPPOL_DIR to shared/peppol)"; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$here/.." && npx tsx scripts/write-ehf-examples.ts "$out/ok") >/dev/null || { echo "could not write the examples"; exit 2; }
passed=0 failed=0
echo "== every kind of document"
if bash "$peppol/validate.sh" "$out"/ok/*.xml; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# break FILE NAME RULE SED-EXPRESSION: a copy with one change, which must be refused with RULE.
break_one() {
  local file=$1 name=$2 rule=$3 expr=$4 copy="$out/$2.xml" result
  sed -e "$expr" "$out/ok/$file" >"$copy"
  cmp -s "$copy" "$out/ok/$file" && { echo "FAIL $name: the change did not apply"; failed=$((failed + 1)); return; }
  result=$(bash "$peppol/validate.sh" "$copy" 2>&1)
  if [ $? -eq 1 ] && printf '%s\n' "$result" | grep -q "^FATAL $rule "; then
    passed=$((passed + 1)); echo "PASS $name: refused with $rule"
  else
    failed=$((failed + 1)); echo "FAIL $name: expected FATAL $rule"; printf '%s\n' "$result" | tail -3
  fi
}
echo "== broken copies"
break_one invoice-helfo-and-insurance-lines.xml payable-off-by-one-ore BR-CO-16 's|<cbc:PayableAmount currencyID="NOK">1182.99|<cbc:PayableAmount currencyID="NOK">1182.98|'
break_one invoice-helfo-and-insurance-lines.xml line-sum-off BR-CO-10 's|<cbc:LineExtensionAmount currencyID="NOK">1182.99|<cbc:LineExtensionAmount currencyID="NOK">1183.99|'
break_one invoice-one-line.xml exempt-line-with-vat-rate BR-E-05 '0,/<cbc:Percent>0<\/cbc:Percent>/! s|<cbc:Percent>0</cbc:Percent>|<cbc:Percent>25</cbc:Percent>|'
break_one invoice-one-line.xml no-exemption-reason BR-E-10 '/<cbc:TaxExemptionReason>/d'
break_one invoice-one-line.xml no-case-id PEPPOL-EN16931-R003 '/<cac:OrderReference>/,/<\/cac:OrderReference>/d'
break_one invoice-one-line.xml empty-note PEPPOL-EN16931-R008 's|<cbc:DocumentCurrencyCode>|<cbc:Note></cbc:Note><cbc:DocumentCurrencyCode>|'
break_one invoice-sole-proprietor.xml outside-vat-with-vat-number BR-O-02 's|<cac:PartyLegalEntity>|<cac:PartyTaxScheme><cbc:CompanyID>NO912345602MVA</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyLegalEntity>|'
break_one invoice-special-characters.xml wrong-org-number-vat NO-R-001 's|<cac:PartyTaxScheme>|<cac:PartyTaxScheme><cbc:CompanyID>NO921400013MVA</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyTaxScheme>|'
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
