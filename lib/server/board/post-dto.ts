import "server-only";
import { evidenceState, type EvidenceState } from "@/lib/rules/board-rules";
import { specialtyLabel } from "@/lib/rules/specialties";

export const POST_SELECT = {
  id: true,
  cohortId: true,
  authorId: true,
  kind: true,
  openingLevel: true,
  specialty: true,
  programName: true,
  institution: true,
  location: true,
  pgyLevel: true,
  expectedStart: true,
  title: true,
  body: true,
  evidenceKind: true,
  heardOn: true,
  heardHow: true,
  sourceType: true,
  confirmedOn: true,
  sourceLink: true,
  status: true,
  confirmCount: true,
  corroborationCount: true,
  disputeCount: true,
  interestCount: true,
  commentCount: true,
  lastConfirmedAt: true,
  editedAt: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

type PostRow = {
  id: string;
  cohortId: string;
  authorId: string | null;
  kind: string;
  openingLevel: string | null;
  specialty: string | null;
  programName: string;
  institution: string;
  location: string;
  pgyLevel: string | null;
  expectedStart: string | null;
  title: string;
  body: string;
  evidenceKind: "RUMOUR" | "CONFIRMED";
  heardOn: Date | null;
  heardHow: string | null;
  sourceType: string | null;
  confirmedOn: Date | null;
  sourceLink: string | null;
  status: string;
  confirmCount: number;
  corroborationCount: number;
  disputeCount: number;
  interestCount: number;
  commentCount: number;
  lastConfirmedAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
  author: { name: string } | null;
};

/**
 * A post as the board's card shows it: what PostCard, ReactionControls and the optimistic updates
 * (components/board/board-view.tsx, reaction-controls.tsx) read, and no more. The board page sends it as the client
 * list's first page and the "older posts" route as JSON, so every field is paid for on each card.
 */
export type PostCardDto = Pick<
  PostRow,
  | "id"
  | "kind"
  | "openingLevel"
  | "programName"
  | "institution"
  | "location"
  | "title"
  | "body"
  | "evidenceKind"
  | "sourceType"
  | "confirmCount"
  | "corroborationCount"
  | "disputeCount"
  | "interestCount"
  | "commentCount"
> & {
  authorName: string;
  isAuthor: boolean;
  /** The specialty's name, resolved here so the board's client code does not carry the specialty table. */
  specialtyLabel: string | null;
  evidence: EvidenceState;
  heardOn: string | null;
  editedAt: string | null;
  createdAt: string;
  mine: Mine;
  /** Who else is interested: shown to the author and to interested members only. */
  interested: string[] | null;
};

/** A post as its own page shows it: the card and what the detail and edit views read besides. */
export type PostDto = PostCardDto &
  Pick<PostRow, "cohortId" | "specialty" | "pgyLevel" | "expectedStart" | "heardHow" | "sourceLink" | "status"> & {
    confirmedOn: string | null;
  };

/** What the viewer has done to a post: a confirmation names a source, a corroboration ("I heard it too") does not. */
export type Mine = { confirmed: boolean; corroborated: boolean; disputed: boolean; interested: boolean };

export function mineOf(reactions: { kind: string; sourceType: string | null }[]): Mine {
  const has = (kind: string, sourced?: boolean) => reactions.some((r) => r.kind === kind && (sourced === undefined || Boolean(r.sourceType) === sourced));
  return { confirmed: has("CONFIRM", true), corroborated: has("CONFIRM", false), disputed: has("DISPUTE"), interested: has("INTEREST") };
}

/**
 * A post's card as the viewer may see it: the author is named (or "Former member"), never their id or email. The
 * fields are listed one by one rather than spread from the row (`{ author, ...rest }`): V8 copies a rest object with
 * excluded keys on a slow path, which made this the board page's largest function of our own in a CPU profile
 * (50-90 µs a post in a micro-benchmark, 4-6 µs listed). It also keeps anything a caller selected beyond PostRow
 * (the detail page's flag count) out of the DTO.
 */
export function toPostCardDto(row: PostRow, viewerId: string, now: Date, mine: Mine, interested: string[] | null): PostCardDto {
  const { author, authorId, heardOn, lastConfirmedAt, editedAt, createdAt } = row;
  return {
    id: row.id,
    kind: row.kind,
    openingLevel: row.openingLevel,
    programName: row.programName,
    institution: row.institution,
    location: row.location,
    title: row.title,
    body: row.body,
    evidenceKind: row.evidenceKind,
    sourceType: row.sourceType,
    confirmCount: row.confirmCount,
    corroborationCount: row.corroborationCount,
    disputeCount: row.disputeCount,
    interestCount: row.interestCount,
    commentCount: row.commentCount,
    authorName: author?.name ?? "Former member",
    isAuthor: authorId === viewerId,
    specialtyLabel: row.specialty ? specialtyLabel(row.specialty) : null,
    evidence: evidenceState(
      {
        evidenceKind: row.evidenceKind,
        heardOn,
        lastConfirmedAt,
        disputeCount: row.disputeCount,
        confirmCount: row.confirmCount,
        corroborationCount: row.corroborationCount,
      },
      now,
    ),
    heardOn: heardOn ? heardOn.toISOString().slice(0, 10) : null,
    editedAt: editedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    mine,
    interested,
  };
}

/** The full post for its own page: the card's fields and the ones only the detail and edit views read. */
export function toPostDto(row: PostRow, viewerId: string, now: Date, mine: Mine, interested: string[] | null): PostDto {
  return {
    ...toPostCardDto(row, viewerId, now, mine, interested),
    cohortId: row.cohortId,
    specialty: row.specialty,
    pgyLevel: row.pgyLevel,
    expectedStart: row.expectedStart,
    heardHow: row.heardHow,
    sourceLink: row.sourceLink,
    status: row.status,
    confirmedOn: row.confirmedOn ? row.confirmedOn.toISOString().slice(0, 10) : null,
  };
}
