/**
 * Counting the anonymised votes again on this phone with the same pure tally the server used
 * (@linli/shared), and comparing with the published outcome: a voter's own check that no vote
 * was lost or added.
 */
import { tallyBallot, type BallotTallyInput } from '@linli/shared';
import type { BallotVotesExport } from '@/services/api-types';

export interface Recount {
  /** Votes per option id, as counted here. */
  votes: Record<string, number>;
  /** Whether this count gives the published outcome (result, reason and every option's figures). */
  matches: boolean;
}

export function recount(data: BallotVotesExport): Recount {
  const votes: Record<string, number> = Object.fromEntries(data.options.map((o) => [o.id, 0]));
  for (const vote of data.votes) votes[vote.optionId] = (votes[vote.optionId] ?? 0) + 1;
  try {
    const again = tallyBallot({
      rule: data.rule,
      matter: data.matter,
      quorum: data.quorum,
      threshold: data.threshold,
      options: data.options,
      electorate: data.electorate,
      votes: data.votes,
    } as BallotTallyInput);
    const published = data.outcome;
    const sameOptions =
      again.options.length === published.options.length &&
      again.options.every(
        (o, i) => o.id === published.options[i].id && o.votes === published.options[i].votes && o.areaHundredths === published.options[i].areaHundredths,
      );
    const matches = again.passed === published.passed && again.reason === published.reason && again.turnout.votes === published.turnout.votes && sameOptions;
    return { votes, matches };
  } catch {
    return { votes, matches: false };
  }
}
