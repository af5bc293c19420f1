import { findLooseCitations, type LooseCitation } from '../law/catalogue';
import type { Schema } from '../schema/types';
import type { Draft } from '../types';
import { computeDeadline, type DeadlineInfo } from './deadline';
import { analyseRefusal, type RefusalAnalysis } from './refusal';
import { decideRegime, type RegimeInEffect } from './regime';
import { buildReplyView, type ReplyView } from './reply';
import { rightsSettingsFor, type RightsSettings } from './rights';

// What several rules and the front ends read about one draft under one set of settings. Each fact is
// computed on first read and kept on this object, which lives as long as the lint result: no global
// cache, no string keys. The analyses take what they depend on as arguments and know nothing of rules.

export interface DraftFacts {
  /** The authority's own words: every block except the quoted request, restated questions, code and HTML. */
  readonly reply: ReplyView;
  /** The law the reply is answered under, and where that was read. */
  readonly regime: RegimeInEffect;
  /** What the reply refuses, on which grounds, and the passages explaining them. */
  readonly refusal: RefusalAnalysis;
  /** The statutory deadline and where the letter's date stands; undefined without a date of receipt. */
  readonly deadline: DeadlineInfo | undefined;
  /** The settings the rights paragraph is checked against (the base of the draft's own regime when it differs). */
  readonly rights: RightsSettings;
  /** Citations anywhere in the text written in a form that cannot be looked up as written ("section 43 2"), in order. */
  readonly looseCitations: readonly LooseCitation[];
}

export type FactName = keyof DraftFacts;

/** The facts of a draft, each computed once when first read. */
export function draftFacts(draft: Draft, schema: Schema): DraftFacts {
  return new LazyFacts(draft, schema);
}

class LazyFacts implements DraftFacts {
  private replyValue?: ReplyView;
  private regimeValue?: RegimeInEffect;
  private refusalValue?: RefusalAnalysis;
  private deadlineValue?: { value: DeadlineInfo | undefined };
  private rightsValue?: RightsSettings;
  private looseCitationsValue?: readonly LooseCitation[];

  constructor(
    private readonly draft: Draft,
    private readonly schema: Schema,
  ) {}

  get reply(): ReplyView {
    return (this.replyValue ??= buildReplyView(this.draft));
  }

  get regime(): RegimeInEffect {
    return (this.regimeValue ??= decideRegime(this.draft, this.schema, this.reply));
  }

  get refusal(): RefusalAnalysis {
    return (this.refusalValue ??= analyseRefusal(this.draft, this.regime.regime, this.reply));
  }

  get deadline(): DeadlineInfo | undefined {
    this.deadlineValue ??= { value: computeDeadline(this.draft, this.regime.regime, this.schema.holidays, this.refusal) };
    return this.deadlineValue.value;
  }

  get rights(): RightsSettings {
    return (this.rightsValue ??= rightsSettingsFor(this.schema, this.regime.regime));
  }

  get looseCitations(): readonly LooseCitation[] {
    return (this.looseCitationsValue ??= findLooseCitations(this.draft.text));
  }
}
