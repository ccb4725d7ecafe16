import type { AppErrorCode } from "@/lib/errors";
import { aListCapMessage } from "@/lib/rules/workspace";

/**
 * What each named database constraint protects: the form field it belongs to and the sentence a user sees when a
 * write breaks it. lib/db/errors.ts turns a violation into an AppError from this table, so when zod, the DAL and
 * SQL disagree (or two requests race) the user reads which field and why, never "something went wrong".
 *
 * Every constraint of the migrated database is here by name (lib/db/constraints.test.ts reads pg_catalog and
 * fails on a missing one): CHECKs, foreign keys, unique constraints and unique indexes, primary keys that are not
 * generated ids, and the names trigger functions raise. A new migration's constraint needs its entry here.
 *
 * A trigger raises a violation as `RAISE EXCEPTION '<token>' USING ERRCODE = 'check_violation', CONSTRAINT =
 * '<name>'`. Prisma's driver adapter drops the CONSTRAINT of a check violation and keeps only the message, so the
 * entry records the token in `raisedAs`; the test checks each trigger function's pair against this table.
 */
export type ConstraintMeaning = {
  /** The form field the sentence belongs beside; absent when it is about the whole form. */
  field?: string;
  /** The sentence at the top of the form (and beside the field, unless fieldMessage says it shorter). */
  message: string;
  fieldMessage?: string;
  /** Default by kind of violation: unique CONFLICT, check VALIDATION, foreign key NOT_FOUND. */
  code?: AppErrorCode;
  /** For a business rule the database also enforces: the rule's id, as the rule engine names it. */
  rule?: string;
  /** For a constraint a trigger function raises: the message token it raises with. */
  raisedAs?: string;
};

/** A constraint no input can break (generated values, rows only our code writes): a violation is our bug, logged. */
export type InternalConstraint = { internal: string };

const internal = (why: string): InternalConstraint => ({ internal: why });

// Foreign keys to the acting user (or their resident profile) break only when the account was deleted meanwhile.
const ACCOUNT_GONE: ConstraintMeaning = {
  code: "UNAUTHENTICATED",
  message: "Your account no longer exists, so nothing was saved. Sign in again or create a new account.",
};
const PERSON_GONE = (field: string): ConstraintMeaning => ({
  field,
  message: "That person is no longer in your networking map; they may have been deleted in another tab. Reload and choose again.",
});
const COHORT_GONE: ConstraintMeaning = { message: "That cohort was not found. It may have been deleted." };
const POST_GONE: ConstraintMeaning = { message: "That post was not found. It may have been removed." };
const PROGRAM_GONE: ConstraintMeaning = { field: "programId", message: "That program was not found. It may have been deleted in another tab." };
const CYCLE_GONE: ConstraintMeaning = { field: "cycleId", message: "That match cycle was not found. Reload and choose it again." };
const ROTATION_GONE: ConstraintMeaning = { message: "That rotation was not found. It may have been deleted in another tab." };
const SCOPES: ConstraintMeaning = { field: "scopes", message: "Choose what to share from the list." };

export const CONSTRAINTS = {
  // users
  users_email_key: {
    field: "email",
    code: "CONFLICT",
    message: "An account with this email already exists. Sign in instead, or reset your password.",
    fieldMessage: "An account with this email already exists.",
  },
  users_email_normalised: { field: "email", message: "Enter a valid email address." },
  users_name_length: { field: "name", message: "Enter your name, up to 120 characters." },
  users_digest_weekday_range: { field: "weekday", message: "Choose a day of the week." },
  users_digest_hour_range: { field: "hour", message: "Choose an hour between 00:00 and 23:00." },
  users_time_zone_length: { field: "timeZone", message: "Choose a time zone from the list." },
  users_digest_schedule_whole: { message: "Choose a day, an hour and a time zone together." },

  // resident profiles, targets and their history
  resident_profiles_pkey: { code: "CONFLICT", message: "Your profile is already set up. Reload to see it." },
  resident_profiles_user_id_fkey: ACCOUNT_GONE,
  targets_pkey: { code: "CONFLICT", message: "Your targets were just saved in another tab. Reload to see them, then make your change." },
  targets_resident_id_fkey: ACCOUNT_GONE,
  targets_cycles_range: { field: "unsuccessfulCycles", message: "Enter 0 to 20 unsuccessful cycles." },
  targets_other_named: { field: "specialtyOther", message: "Name the specialty." },
  targets_geo_detail: { field: "geoDetail", message: "Name the region, city or state you are tied to." },
  targets_decided_at: { field: "decision", message: "Choose reapply or pivot again; the decision was not saved." },
  target_changes_resident_id_fkey: ACCOUNT_GONE,

  // people and the A-list
  people_id_resident_key: internal("people.id is a generated id, so (id, resident_id) is unique already; the key exists for composite foreign keys"),
  people_resident_id_fkey: ACCOUNT_GONE,
  people_name_length: { field: "name", message: "Enter the person's name, up to 120 characters." },
  people_known_tags: { field: "tags", message: "Choose influence tags from the list." },
  people_a_list_cap: { field: "isAList", code: "RULE_VIOLATION", rule: "a-list-cap", raisedAs: "a_list_cap", message: aListCapMessage() },

  // touches, meetings, action items, asks
  touches_person_fkey: PERSON_GONE("personId"),
  touches_follow_up_days: { field: "followUpDays", message: "Pick 7 to 10 days." },
  touches_ends_after_start: { field: "endsOn", message: "The end date is before the start date." },
  touches_awaiting_reply_by_email: { field: "awaitingReply", message: "Only an email can wait for a reply. Set the channel to Email." },
  meetings_id_resident_key: internal("meetings.id is a generated id; the key exists for composite foreign keys"),
  meetings_person_fkey: PERSON_GONE("personId"),
  meetings_touch_id_fkey: { message: "The touch this meeting logged was just deleted. Reload and try again." },
  meetings_touch_id_key: { code: "CONFLICT", message: "That touch already belongs to another meeting." },
  meetings_done_has_date: { field: "completedOn", message: "Add the date you met." },
  action_items_meeting_fkey: { message: "That meeting was not found. It may have been deleted in another tab." },
  action_items_text_length: { field: "actionItems", message: "Keep each action item under 500 characters." },
  asks_open_person_kind_key: {
    field: "kind",
    code: "CONFLICT",
    message: "You already have this ask on your list, so nothing new was saved.",
    fieldMessage: "This person already has an open ask of this kind. Update that one (its status and dates) instead of adding a second.",
  },
  asks_person_fkey: PERSON_GONE("personId"),
  asks_asked_date: { field: "askedOn", message: "Add the date you asked." },

  // match cycles, programs, messages and the two cycle-wide honesty rules
  match_cycle_defaults_pkey: internal("written only by migrations"),
  match_cycles_id_resident_key: internal("match_cycles.id is a generated id; the key exists for composite foreign keys"),
  match_cycles_resident_name_key: { code: "CONFLICT", message: "That match cycle was just set up in another tab. Reload to see it." },
  match_cycles_resident_id_fkey: ACCOUNT_GONE,
  match_cycles_order: {
    message: "The cycle's dates are out of order: applications open, rank list deadline, Match Week, end of SOAP, Match Day, then the start of training.",
  },
  programs_id_resident_key: internal("programs.id is a generated id; the key exists for composite foreign keys"),
  programs_resident_id_fkey: ACCOUNT_GONE,
  programs_name_length: { field: "name", message: "Enter the program's name, up to 200 characters." },
  programs_nrmp_code_format: { field: "nrmpCode", message: "An NRMP program code has nine characters, like 1234140C0." },
  programs_resident_nrmp_code_key: { field: "nrmpCode", message: "You already track a program with this NRMP code." },
  programs_interviewer_length: { field: "interviewer", message: "Keep the interviewer's name under 200 characters." },
  messages_program_fkey: PROGRAM_GONE,
  messages_cycle_fkey: CYCLE_GONE,
  messages_subject_length: { field: "subject", message: "Keep the subject under 300 characters." },
  messages_body_length: { field: "body", message: "Write the message, up to 20,000 characters." },
  messages_loi_claims_first_choice: internal("record-message marks every letter of intent as a first-choice claim"),
  messages_one_letter_of_intent: {
    code: "RULE_VIOLATION",
    rule: "one-letter-of-intent",
    message: "You have already sent a letter of intent this cycle. A letter of intent goes to one program only; send this program an interest letter instead.",
  },
  messages_single_first_choice: {
    code: "RULE_VIOLATION",
    rule: "single-first-choice",
    raisedAs: "single_first_choice",
    message:
      "You already told another program it is your first choice this cycle. Say that to one program only; tell this one what you value about it instead.",
  },
  messages_draft_fkey: internal("draft_id is set from a draft read in the same transaction; deleting a draft sets it null"),
  messages_app_email_recipient: { field: "recipient", message: "Enter the program's email address to send from Prelim Scout." },
  messages_recipient_length: { field: "recipient", message: "That email address is too long." },
  messages_status_settled: {
    code: "CONFLICT",
    raisedAs: "message_status_settled",
    message: "You already said whether this message was sent. That answer stays as it is.",
  },

  // drafts, impressions, the rank worksheet, season tasks and oversteps (20261127140000_gated_send)
  message_drafts_program_fkey: PROGRAM_GONE,
  message_drafts_cycle_fkey: CYCLE_GONE,
  message_drafts_subject_length: { field: "subject", message: "Keep the subject under 300 characters." },
  message_drafts_body_length: { field: "body", message: "Keep the message under 20,000 characters." },
  message_drafts_findings_array: internal("findings are written by save-draft from the rule engine's array"),
  message_drafts_program_kind_key: {
    field: "kind",
    code: "CONFLICT",
    message: "You already have a draft of this kind for this program. Open that one from the program page, or delete it first; this text is still here.",
    fieldMessage: "You already have a draft of this kind for this program.",
  },
  program_impressions_pkey: internal("one impressions row per program, written by an upsert"),
  program_impressions_program_resident_key: internal("one impressions row per program, written by an upsert"),
  program_impressions_program_fkey: PROGRAM_GONE,
  program_impressions_length: { message: "Keep each impression under 4,000 characters." },
  rank_entries_pkey: { code: "CONFLICT", message: "That program is already on your worksheet." },
  rank_entries_position_key: { code: "CONFLICT", message: "Your worksheet changed in another tab. Reload it and move the program again." },
  rank_entries_program_fkey: PROGRAM_GONE,
  rank_entries_cycle_fkey: CYCLE_GONE,
  rank_entries_position_positive: internal("positions are computed by the worksheet DAL, from 1"),
  season_task_dismissals_pkey: internal("dismissing a task twice is an upsert"),
  season_task_dismissals_program_fkey: PROGRAM_GONE,
  program_oversteps_program_fkey: PROGRAM_GONE,
  program_oversteps_said_length: { field: "said", message: "Write what was said, up to 4,000 characters." },
  program_oversteps_who_length: { field: "who", message: "Keep the name under 200 characters." },
  program_oversteps_notes_length: { field: "notes", message: "Keep notes under 4,000 characters." },
  first_choice_claims_pkey: internal("the trigger messages_single_first_choice inserts claims with ON CONFLICT DO NOTHING"),
  first_choice_claims_program_fkey: PROGRAM_GONE,
  first_choice_claims_cycle_fkey: CYCLE_GONE,

  // sessions and limits (20261123000000_sessions_and_limits)
  sessions_user_id_fkey: ACCOUNT_GONE,
  sessions_user_agent_length: internal("the user agent is cut to 512 characters before it is stored"),
  sessions_expires_after_creation: internal("expires_at is computed from created_at by openSession"),
  sign_in_throttles_pkey: internal("written by one upsert in account-throttle.ts"),
  sign_in_throttles_attempts_positive: internal("attempts start at 1 and only grow"),
  board_streams_user_id_fkey: ACCOUNT_GONE,
  pending_sign_ups_pkey: internal("sign-up tokens are random; only their hash is stored"),
  pending_sign_ups_email: internal("the email is normalised by the sign-up schema before it is stored"),
  // the late-start plan (20261127100000_late_start_and_open_asks)
  late_start_steps_pkey: internal("ticking a step is an upsert"),
  late_start_steps_resident_id_fkey: ACCOUNT_GONE,
  late_start_steps_key: { field: "stepKey", message: "That step is not part of the late-start plan." },

  // evidence, mentors and openings (20261127120500_evidence_mentors_openings)
  targets_pivot_fields: internal("set-decision writes the pivot's fields only with a PIVOT decision"),
  targets_pivot_path_length: { field: "pivotPath", message: "Keep the path under 200 characters." },
  asks_id_resident_key: internal("asks.id is a generated id; the key exists for composite foreign keys"),
  projects_resident_id_fkey: ACCOUNT_GONE,
  projects_mentor_fkey: PERSON_GONE("mentorId"),
  projects_rotation_fkey: { field: "rotationId", message: ROTATION_GONE.message },
  projects_title_length: { field: "title", message: "Give the project a title, up to 200 characters." },
  projects_goal_length: { field: "goal", message: "Keep the goal under 1,000 characters." },
  projects_output_length: { field: "output", message: "Keep the output under 500 characters." },
  projects_output_url: { field: "outputUrl", message: "A link must be a web address starting with http:// or https://." },
  projects_completed_dated: { field: "completedOn", message: "A completed project needs the day it was completed, and only a completed one has it." },
  projects_dates: { field: "completedOn", message: "The target and completion dates cannot come before the start." },
  feedback_quotes_resident_id_fkey: ACCOUNT_GONE,
  feedback_quotes_person_fkey: PERSON_GONE("personId"),
  feedback_quotes_rotation_fkey: { field: "rotationId", message: ROTATION_GONE.message },
  feedback_quotes_quote_length: { field: "quote", message: "Write down their words, up to 1,500 characters." },
  feedback_quotes_context_length: { field: "context", message: "Keep the context under 300 characters." },
  feedback_quotes_same_quote_key: { field: "quote", code: "CONFLICT", message: "You already saved these words from this person on that day." },
  brag_sheets_resident_id_fkey: ACCOUNT_GONE,
  brag_sheets_pkey: internal("one brag sheet per resident, written by an upsert"),
  brag_sheets_cv_url: { field: "cvUrl", message: "A CV link must be a web address starting with http:// or https://." },
  brag_sheets_cv_notes_length: { field: "cvNotes", message: "Keep the CV highlights under 4,000 characters." },
  brag_sheets_statement_length: { field: "statementDraft", message: "Keep the statement draft under 20,000 characters." },
  mentor_assignments_pkey: { code: "CONFLICT", message: "That person already has this mentor role." },
  mentor_assignments_resident_id_fkey: ACCOUNT_GONE,
  mentor_assignments_person_fkey: PERSON_GONE("personId"),
  mentor_assignments_strong_yes: { field: "strongYes", message: "Only an upper-level resident is marked as a strong yes." },
  mentor_assignments_note_length: { field: "note", message: "Keep the note under 300 characters." },
  opening_playbooks_resident_post_key: internal("starting a playbook twice returns the first (start-playbook.ts)"),
  opening_playbooks_resident_id_fkey: ACCOUNT_GONE,
  opening_playbooks_post_id_fkey: POST_GONE,
  opening_playbooks_pd_ask_fkey: internal("the playbook's asks are created in the same transaction"),
  opening_playbooks_writer_ask_fkey: internal("the playbook's asks are created in the same transaction"),
  opening_playbooks_program_fkey: PROGRAM_GONE,
  opening_playbooks_two_backers: { message: "The program director and the letter writer are two different asks; choose a different person for one of them." },
  opening_playbooks_note_length: { field: "eligibilityNote", message: "Keep the note under 1,000 characters." },
  watched_programs_resident_id_fkey: ACCOUNT_GONE,
  watched_programs_name_length: { field: "name", message: "Name the program, up to 200 characters." },
  watched_programs_institution_length: { field: "institution", message: "Keep the institution under 200 characters." },
  watched_programs_url: { field: "url", message: "A link must be a web address starting with http:// or https://." },
  watched_programs_cadence: { field: "cadenceDays", message: "Check weekly, every two weeks or monthly." },
  watched_programs_sources: { field: "sources", message: "Choose at most five places to look." },
  watched_programs_notes_length: { field: "notes", message: "Keep notes under 2,000 characters." },
  watched_programs_resident_name_key: { field: "name", code: "CONFLICT", message: "This program is already on your watchlist." },

  // cohorts, invitations and the board
  cohorts_year_range: { field: "year", message: "Enter a year from 2000 to 2100." },
  cohorts_created_by_fkey: ACCOUNT_GONE,
  cohort_memberships_pkey: { code: "CONFLICT", message: "You are already a member of this cohort." },
  cohort_memberships_cohort_id_fkey: COHORT_GONE,
  cohort_memberships_user_id_fkey: ACCOUNT_GONE,
  cohort_memberships_not_banned: {
    code: "FORBIDDEN",
    raisedAs: "banned_from_cohort",
    message: "A moderator removed you from this cohort, so this invitation no longer works for you. Ask a moderator if you think this is a mistake.",
  },
  // cohort bans (20261127120000_cohort_bans)
  cohort_bans_cohort_id_fkey: COHORT_GONE,
  cohort_bans_user_id_fkey: { message: "That member's account no longer exists." },
  cohort_bans_banned_by_fkey: ACCOUNT_GONE,
  cohort_bans_lifted_by_fkey: ACCOUNT_GONE,
  cohort_bans_lifted_after_ban: internal("lifted_at is set by the DAL to now(), after banned_at"),
  cohort_bans_one_active: { code: "CONFLICT", message: "That person is already removed from this cohort." },
  cohort_invites_token_hash_key: internal("invitation tokens are 192 random bits; only their hash is stored"),
  cohort_invites_cohort_id_fkey: COHORT_GONE,
  cohort_invites_created_by_fkey: ACCOUNT_GONE,
  cohort_invites_uses_within_max: {
    code: "CONFLICT",
    message: "This invitation has been used as many times as it allows. Ask a moderator for a new link.",
  },
  cohort_invites_max_uses_range: { field: "maxUses", message: "Allow 1 to 500 uses." },
  board_posts_cohort_id_fkey: COHORT_GONE,
  board_posts_author_id_fkey: ACCOUNT_GONE,
  board_posts_names_a_place: { field: "programName", message: "Name the program or the institution (at least one) so members know where this is." },
  board_posts_title_length: { field: "title", message: "Add a short title, up to 120 characters." },
  board_posts_body_length: { field: "body", message: "Describe the position or the change in the body, up to 4,000 characters." },
  board_posts_corroboration_count: internal("corroboration_count is maintained by the board DAL and never goes below zero"),
  board_posts_source_link_web: { field: "sourceLink", message: "A source link must be a web address starting with http:// or https://." },
  board_posts_opening_level: { field: "openingLevel", message: "Say which level the opening is at (categorical PGY-1, PGY-2 or advanced)." },
  board_posts_confirmed_has_source: { field: "evidence.sourceType", message: "A confirmed post says where the confirmation came from and when you got it." },
  board_posts_rumour_has_date: { field: "evidence.heardOn", message: "A rumour says when and how you heard it, so members can see how fresh it is." },
  board_posts_counts: internal("the counters are changed only by our own statements, in step with the rows they count"),
  post_revisions_post_id_fkey: POST_GONE,
  post_revisions_editor_id_fkey: ACCOUNT_GONE,
  post_reactions_pkey: { code: "CONFLICT", message: "You already reacted to this post that way." },
  post_reactions_post_id_fkey: POST_GONE,
  post_reactions_user_id_fkey: ACCOUNT_GONE,
  post_reactions_dispute_reason: { field: "reason", message: "Say why you dispute it." },
  post_reactions_source_link_web: { field: "sourceLink", message: "A source link must be a web address starting with http:// or https://." },
  post_reactions_not_own_confirm: {
    code: "RULE_VIOLATION",
    rule: "own-post-confirm",
    raisedAs: "own_post_confirm",
    message: "You cannot confirm your own post; another member has to vouch for it.",
  },
  post_comments_post_id_fkey: POST_GONE,
  post_comments_author_id_fkey: ACCOUNT_GONE,
  post_comments_parent_id_fkey: { field: "parentId", message: "The comment you replied to was deleted." },
  post_comments_body_length: { field: "body", message: "Write a comment, up to 2,000 characters." },
  post_comments_one_level: { field: "parentId", raisedAs: "comment_depth", message: "Replies go one level deep: reply to the original comment instead." },
  post_flags_pkey: { code: "CONFLICT", message: "You already flagged this post." },
  post_flags_post_id_fkey: POST_GONE,
  post_flags_user_id_fkey: ACCOUNT_GONE,
  notifications_user_id_fkey: {
    code: "CONFLICT",
    message: "Someone this would notify has just deleted their account. Nothing was saved; please try again.",
  },
  notifications_cohort_id_fkey: COHORT_GONE,
  notifications_post_id_fkey: POST_GONE,

  // year plan
  rotations_id_resident_key: internal("rotations.id is a generated id; the key exists for composite foreign keys"),
  rotations_resident_id_fkey: ACCOUNT_GONE,
  rotations_dates: { field: "endsOn", message: "A rotation ends on or after its first day and lasts at most three months; split longer blocks." },
  rotations_service_length: { field: "service", message: "Name the service, up to 120 characters." },
  rotation_attendings_pkey: internal("save-rotation removes repeated attendings before it writes"),
  rotation_attendings_rotation_fkey: ROTATION_GONE,
  rotation_attendings_person_fkey: PERSON_GONE("attendingIds"),
  rotation_prompt_completions_pkey: { code: "CONFLICT", message: "You already marked this step done." },
  rotation_prompt_completions_rotation_fkey: ROTATION_GONE,
  rotation_prompt_completions_touch_fkey: { message: "The touch for this step was just deleted. Reload and try again." },
  rotation_prompt_completions_key: internal("prompt keys come from lib/rules/year-plan, checked by zod"),
  pd_touchpoints_pkey: { code: "CONFLICT", message: "This touchpoint was just saved in another tab. Reload to see it." },
  pd_touchpoints_resident_id_fkey: ACCOUNT_GONE,
  pd_touchpoints_key: internal("touchpoint keys come from lib/rules/year-plan, checked by zod"),
  pd_touchpoints_done_dated: { field: "onDate", message: "Add the date you met." },
  phase_completions_pkey: { code: "CONFLICT", message: "This phase is already marked done." },
  phase_completions_resident_id_fkey: ACCOUNT_GONE,
  phase_completions_key: internal("phase keys come from lib/rules/year-plan, checked by zod"),
  log_entries_resident_id_fkey: ACCOUNT_GONE,
  log_entries_action_length: { field: "action", message: "Say what you did, up to 500 characters." },
  calendar_feeds_pkey: { code: "CONFLICT", message: "Your calendar link was just changed in another tab. Reload to see the current one." },
  calendar_feeds_resident_id_fkey: ACCOUNT_GONE,
  calendar_feeds_token_hash_key: internal("feed tokens are 192 random bits; only their hash is stored"),

  // advisors
  advisor_grants_resident_id_fkey: { message: "The resident who shared this has deleted their account." },
  advisor_grants_advisor_id_fkey: ACCOUNT_GONE,
  advisor_grants_not_self: { message: "You cannot be your own advisor. Invite someone else." },
  advisor_grants_known_scopes: SCOPES,
  advisor_grants_one_live: { code: "CONFLICT", message: "This advisor already has access. Change what they see instead of sharing again." },
  advisor_invitations_resident_id_fkey: ACCOUNT_GONE,
  advisor_invitations_accepted_by_fkey: ACCOUNT_GONE,
  advisor_invitations_token_hash_key: internal("invitation tokens are 192 random bits; only their hash is stored"),
  advisor_invitations_email: { field: "email", message: "Enter your advisor's email address." },
  advisor_invitations_known_scopes: SCOPES,
  advisor_invitations_single_use: internal("accept-invitation sets accepted_at and accepted_by together"),

  // sign-in and infrastructure
  auth_tokens_pkey: internal("sign-in tokens are 256 random bits; only their hash is stored"),
  auth_tokens_user_id_fkey: { code: "CONFLICT", message: "We could not send a link just now. Please try again." },
  rate_limits_pkey: internal("rate-limiter-flexible writes its rows with an upsert"),
} satisfies Record<string, ConstraintMeaning | InternalConstraint>;

export type ConstraintName = keyof typeof CONSTRAINTS;
