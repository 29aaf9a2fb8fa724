/** 邻里议事: topics and their discussion, ballots (votes, closing, the anonymised votes), tracked decisions, their photos. */
import { api, apiUrl } from './api-client';
import type {
  AcceptanceBallotInput,
  Ballot,
  BallotRollPage,
  BallotVotesExport,
  CreateBallot,
  DecisionItem,
  DecisionListQuery,
  DecisionPage,
  DeliberationPhoto,
  MilestoneInput,
  PaperForm,
  PaperVoteList,
  ProposeTopic,
  Topic,
  TopicComment,
  TopicCommentPage,
  TopicListQuery,
  TopicPage,
  UpdateDecision,
} from './api-types';
import { uploadPhotoFile } from './photos';

// Topics

/** Topics of a community, newest first: one stage (proposed: the secretary's queue; mine: what I raised), or every public one. */
export function listTopics(communityId: string, query: TopicListQuery = {}): Promise<TopicPage> {
  return api.get('/api/v1/communities/{communityId}/topics', { path: { communityId }, query });
}

export function getTopic(id: string): Promise<Topic> {
  return api.get('/api/v1/topics/{id}', { path: { id } });
}

/** A resident's topic waits for the secretary; the secretary's own is open for discussion at once. */
export function proposeTopic(communityId: string, body: ProposeTopic): Promise<Topic> {
  return api.post('/api/v1/communities/{communityId}/topics', { path: { communityId }, body });
}

export function acceptTopic(id: string): Promise<Topic> {
  return api.post('/api/v1/topics/{id}/review', { path: { id }, body: { accept: true } });
}

export function declineTopic(id: string, reason: string): Promise<Topic> {
  return api.post('/api/v1/topics/{id}/review', { path: { id }, body: { accept: false, reason } });
}

// Discussion

/** Top-level comments oldest first, each with its replies. */
export function listComments(topicId: string, cursor?: string): Promise<TopicCommentPage> {
  return api.get('/api/v1/topics/{id}/comments', { path: { id: topicId }, query: { cursor } });
}

/** A comment, or a reply to a top-level one. */
export function addComment(topicId: string, body: string, parentId?: string): Promise<TopicComment> {
  return api.post('/api/v1/topics/{id}/comments', { path: { id: topicId }, body: { body, parentId } });
}

export function reportComment(id: string, reason?: string): Promise<{ reported: boolean }> {
  return api.post('/api/v1/topic-comments/{id}/reports', { path: { id }, body: { reason } });
}

export function hideComment(id: string, reason: string): Promise<TopicComment> {
  return api.post('/api/v1/topic-comments/{id}/hiding', { path: { id }, body: { reason } });
}

/** Publishes a comment held because WeChat was unsure of it (secretary). */
export function releaseComment(id: string): Promise<TopicComment> {
  return api.post('/api/v1/topic-comments/{id}/release', { path: { id } });
}

// Ballots

/** Puts a topic under discussion to a vote (secretary). */
export function createBallot(topicId: string, body: CreateBallot): Promise<Ballot> {
  return api.post('/api/v1/topics/{id}/ballots', { path: { id: topicId }, body });
}

export function getBallot(id: string): Promise<Ballot> {
  return api.get('/api/v1/ballots/{id}', { path: { id } });
}

/** Votes, or changes the vote where the ballot allows it. `voterKey`: the roll line shown in `me`. */
export function castVote(ballotId: string, optionId: string, voterKey?: string | null): Promise<Ballot> {
  return api.post('/api/v1/ballots/{id}/votes', { path: { id: ballotId }, body: { optionId, voterKey: voterKey ?? undefined } });
}

/** Closes and publishes the outcome (secretary; after the closing time, or once everyone has voted). */
export function closeBallot(id: string): Promise<Ballot> {
  return api.post('/api/v1/ballots/{id}/closing', { path: { id } });
}

// Paper and door-to-door votes (纸质表决 / 入户征询): the secretary, or the grid worker of the voter's grid

/** The roll to pick the voter from: names or flats, and whether each has voted (never how). */
export function ballotRoll(ballotId: string, q?: string): Promise<BallotRollPage> {
  return api.get('/api/v1/ballots/{id}/roll', { path: { id: ballotId }, query: { q: q || undefined, limit: 30 } });
}

/** Uploads the photo of the signed paper form; its id goes with the vote. */
export function uploadPaperForm(ballotId: string, filePath: string): Promise<PaperForm> {
  return uploadPhotoFile(apiUrl('/api/v1/ballots/{id}/paper-forms', { path: { id: ballotId } }), filePath);
}

export function recordPaperVote(ballotId: string, body: { voterKey: string; optionId: string; formId: string }): Promise<Ballot> {
  return api.post('/api/v1/ballots/{id}/paper-votes', { path: { id: ballotId }, body });
}

/** Paper votes recorded so far with their forms: every one for the secretary, one's own for a grid worker. */
export function listPaperVotes(ballotId: string): Promise<PaperVoteList> {
  return api.get('/api/v1/ballots/{id}/paper-votes', { path: { id: ballotId } });
}

/** The anonymised votes of a closed ballot, to re-derive its outcome. */
export function ballotVotes(id: string): Promise<BallotVotesExport> {
  return api.get('/api/v1/ballots/{id}/votes', { path: { id } });
}

// Decisions (四个清单)

export function listDecisions(communityId: string, query: DecisionListQuery = {}): Promise<DecisionPage> {
  return api.get('/api/v1/communities/{communityId}/decisions', { path: { communityId }, query });
}

export function getDecision(id: string): Promise<DecisionItem> {
  return api.get('/api/v1/decisions/{id}', { path: { id } });
}

export function updateDecision(id: string, body: UpdateDecision): Promise<DecisionItem> {
  return api.patch('/api/v1/decisions/{id}', { path: { id }, body });
}

export function addMilestone(decisionId: string, body: MilestoneInput): Promise<DecisionItem> {
  return api.post('/api/v1/decisions/{id}/milestones', { path: { id: decisionId }, body });
}

export function completeMilestone(milestoneId: string): Promise<DecisionItem> {
  return api.post('/api/v1/decision-milestones/{id}/completion', { path: { id: milestoneId } });
}

export function addProgress(decisionId: string, note: string): Promise<DecisionItem> {
  return api.post('/api/v1/decisions/{id}/updates', { path: { id: decisionId }, body: { note } });
}

/** The work is finished: the residents' secret satisfaction vote (民意验收). */
export function requestAcceptance(decisionId: string, body: AcceptanceBallotInput): Promise<DecisionItem> {
  return api.post('/api/v1/decisions/{id}/acceptance-ballots', { path: { id: decisionId }, body });
}

// Photos (one at a time; see services/photos.ts)

/** A photo of what the topic is about: the proposer before review, the secretary while it is open. */
export function uploadTopicPhoto(topicId: string, filePath: string): Promise<DeliberationPhoto> {
  return uploadPhotoFile(apiUrl('/api/v1/topics/{id}/photos', { path: { id: topicId } }), filePath);
}

/** A photo of the work on a progress update (secretary). */
export function uploadProgressPhoto(updateId: string, filePath: string): Promise<DeliberationPhoto> {
  return uploadPhotoFile(apiUrl('/api/v1/decision-updates/{id}/photos', { path: { id: updateId } }), filePath);
}
