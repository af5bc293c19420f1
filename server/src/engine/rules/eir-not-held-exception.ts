import type { Rule } from './rule';

const EXCEPTION = { eir: '12(4)(a)', eisr: '10(4)(a)' } as const;

export const eirNotHeldException: Rule<'refusal'> = {
  meta: {
    id: 'eir-not-held-exception',
    description: 'An EIR or EISR reply says information is not held without the exception: regulation 12(4)(a) (EISR 10(4)(a)).',
    defaultSeverity: 'warning',
    fixable: false,
    docs: `Under the Environmental Information Regulations 2004 "not held" is itself an exception: an authority may
refuse to disclose information to the extent that it does not hold it when the request is received (EIR
regulation 12(4)(a); in Scotland, EISR regulation 10(4)(a) [S]). A reply saying
information is not held is therefore a refusal, and must be made as one: in writing, specifying the
exception, with the right to make representations (ask for a review) and to complain to the Commissioner
(EIR regulation 14(3) and (5)).

Reported (**warning**): an EIR or EISR reply whose response says information is not held ("we do not
hold", "not held", "holds no information"), where neither that passage cites a ground nor the reply cites
regulation 12(4)(a) (EISR 10(4)(a)) anywhere. Under FOIA and FOISA "not held" is not an exception, and is not
reported. A paragraph that withholds information without any exception is reported by
\`refusal-ground-unspecified\` instead.

**Fix:** cite the exception where the reply says the information is not held, e.g. "The council does not
hold this information, so the exception in regulation 12(4)(a) of the Environmental Information
Regulations 2004 applies", and give the rights paragraph (\`refusal-no-rights\` checks it).`,
  },
  checksGround: (ground) => (ground.regime === 'eir' || ground.regime === 'eisr') && ground.citation === EXCEPTION[ground.regime],
  reads: ['refusal'],
  check(ctx) {
    const a = ctx.facts.refusal;
    if ((a.regime !== 'eir' && a.regime !== 'eisr') || !a.notHeld) return;
    const exception = EXCEPTION[a.regime];
    if (a.grounds.some((g) => g.ground.citation === exception && g.ground.regime === a.regime)) return;
    const passage = a.passageOf(a.notHeld);
    if (passage.some((b) => a.groundsIn(b).length > 0)) return;
    // A paragraph that also withholds, with no ground at all, is refusal-ground-unspecified's.
    if (a.withholding.includes(a.notHeld)) return;
    const law = a.regime === 'eir' ? 'the EIR' : 'the EISR';
    ctx.report({
      message: `Under ${law}, information that is not held is refused under the exception in regulation ${exception}: cite it here, so that the refusal and the right to a review apply (${a.regime === 'eir' ? 'EIR regulations 12(4)(a) and 14' : 'EISR regulation 10(4)(a)'}).`,
      range: a.notHeld.range,
    });
  },
};
