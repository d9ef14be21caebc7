import { Injectable } from '@nestjs/common';
import { parseInputDate } from '@tandem/shared';
import { audit } from '../../common/audit';
import { InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { actionLabel, auditCategory, AUDIT_ACTIONS, AUDIT_ENTITIES, entityLabel } from './audit-actions';
import type { AuditEventsInput, AuditFilterInput } from './audit.inputs';
import type { AuditActionOptionModel, AuditEntityOptionModel, AuditEventModel, AuditEventPageModel } from './audit.model';
import { auditEvents, auditSubjects, countAuditEvents, type AuditEventListed, type AuditQuery, type AuditSubject } from './audit.repository';

export const AUDIT_COUNT_CAP = 10_000;
/** A CSV export holds at most this many rows (newest first); narrow the filter for older ones. */
export const AUDIT_EXPORT_MAX = 10_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (ym: string | null | undefined) => (ym && /^\d{4}-\d{2}/.test(ym) ? `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}` : null);
const day = (ymd: string | null | undefined) => (ymd && /^\d{4}-\d{2}-\d{2}/.test(ymd) ? `${Number(ymd.slice(8, 10))} ${month(ymd)}` : null);
const RATER_WORDS: Record<string, string> = { SELF: 'self-assessment', SUPERVISOR: 'supervisor rating', PERSON_SERVED: 'person-served feedback', REVIEWER: 'reviewer rating' };
const READ_AS: Record<string, string> = { SUPERVISOR: 'supervisor', SUPERVISEE: 'supervisee', POLICY: 'organisation policy (managers may read notes)' };

/** The record an event is about, in words: "Grace Kim", "self-assessment, Mar 2026 (Grace Kim)". */
function subjectWords(entity: string, s: AuditSubject | undefined, summary: Record<string, unknown>): string | null {
  const before = (summary.before ?? {}) as Record<string, unknown>;
  if (!s) return typeof before.label === 'string' ? `${before.label} (removed)` : null;
  switch (entity) {
    case 'checklist':
      return [RATER_WORDS[s.kind ?? ''] ?? 'checklist', month(s.period)].filter(Boolean).join(', ') + (s.label ? ` (${s.label})` : '');
    case 'instrument_version':
      return `${s.label} v${s.period}`;
    case 'supervision_session':
    case 'supervision_note':
      return [s.label, s.kind ? `with ${s.kind}` : null].filter(Boolean).join(' ') + (s.period ? `, ${day(s.period)}` : '');
    case 'supervision_action_item':
      return [s.kind ? `${s.kind} action` : 'action', s.label ? `for ${s.label}` : null, s.period ? `due ${day(s.period)}` : null].filter(Boolean).join(', ');
    case 'annotation':
      return [s.label, s.kind, day(s.period)].filter(Boolean).join(', ');
    case 'drift_baseline_reset':
      return [s.label, s.period ? `from ${day(s.period)}` : null].filter(Boolean).join(', ');
    default:
      return s.label;
  }
}

function encodeCursor(row: AuditEventListed): string {
  return Buffer.from(`${row.micros}.${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { micros: string; id: string } {
  const m = /^(\d{1,17})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new InvalidInputError('after is not a cursor from this list', { field: 'after' });
  return { micros: m[1]!, id: m[2]! };
}

/** The organisation's audit trail for admins: named records, filters, keyset pages, CSV export. */
@Injectable()
export class AuditService {
  async page(ctx: RequestContext, input: AuditEventsInput): Promise<AuditEventPageModel> {
    const q = this.query(input);
    const first = input.first ?? 50;
    const before = input.after ? decodeCursor(input.after) : undefined;
    const [rows, total] = await ctx.db.run(async (em) => [await auditEvents(em, { ...q, before }, first + 1), await countAuditEvents(em, q, AUDIT_COUNT_CAP)] as const);
    const page = rows.slice(0, first);
    return {
      items: await this.describe(ctx, page),
      pageInfo: { endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null, hasNextPage: rows.length > first },
      totalCount: Math.min(total, AUDIT_COUNT_CAP),
      totalCountCapped: total > AUDIT_COUNT_CAP,
    };
  }

  /** The filtered rows for a CSV export (newest first, at most AUDIT_EXPORT_MAX); the export itself is audited. */
  async exportRows(ctx: RequestContext, filter: AuditFilterInput): Promise<{ items: AuditEventModel[]; truncated: boolean }> {
    const q = this.query(filter);
    const rows = await ctx.db.run((em) => auditEvents(em, q, AUDIT_EXPORT_MAX + 1));
    const items = await this.describe(ctx, rows.slice(0, AUDIT_EXPORT_MAX));
    await audit(ctx, { entity: 'organization', entityId: ctx.viewer!.organizationId, action: 'audit_log.exported', extra: { filter: { ...filter }, rows: items.length } });
    return { items, truncated: rows.length > AUDIT_EXPORT_MAX };
  }

  actions(): AuditActionOptionModel[] {
    return Object.entries(AUDIT_ACTIONS).map(([action, label]) => ({ action, label, category: auditCategory(action) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  entities(): AuditEntityOptionModel[] {
    return Object.entries(AUDIT_ENTITIES).map(([entity, label]) => ({ entity, label })).sort((a, b) => a.label.localeCompare(b.label));
  }

  private query(f: AuditFilterInput): AuditQuery {
    for (const field of ['from', 'to'] as const) {
      const value = f[field];
      if (value !== undefined && value !== null && !parseInputDate(value)) throw new InvalidInputError(`${field} must be a date written YYYY-MM-DD`, { field });
    }
    if (f.from && f.to && f.to < f.from) throw new InvalidInputError('The date range ends before it starts', { field: 'to' });
    return {
      view: f.view ?? 'CHANGES', personId: f.personId ?? undefined, action: f.action?.trim() || undefined, entity: f.entity?.trim() || undefined,
      entityId: f.entityId ?? undefined, from: f.from ?? undefined, to: f.to ?? undefined,
    };
  }

  /** Rows with their records named, one lookup per kind of record on the page. */
  private async describe(ctx: RequestContext, rows: AuditEventListed[]): Promise<AuditEventModel[]> {
    const idsByEntity = new Map<string, Set<string>>();
    for (const r of rows) if (r.entityId) idsByEntity.set(r.entity, (idsByEntity.get(r.entity) ?? new Set()).add(r.entityId));
    const subjects = new Map<string, AuditSubject>();
    await ctx.db.run(async (em) => {
      for (const [entity, ids] of idsByEntity) {
        for (const s of await auditSubjects(em, entity, [...ids])) subjects.set(`${entity}:${s.id}`, s);
      }
    });
    return rows.map((r) => {
      const summary = r.summary ?? {};
      const words = subjectWords(r.entity, r.entityId ? subjects.get(`${r.entity}:${r.entityId}`) : undefined, summary);
      const category = auditCategory(r.action);
      const as = typeof summary.as === 'string' ? summary.as : null;
      return {
        id: r.id, actorId: r.actorId, actorName: r.actorName, entity: r.entity, entityId: r.entityId,
        subject: words ? `${entityLabel(r.entity)}: ${words}` : entityLabel(r.entity),
        action: r.action, actionLabel: actionLabel(r.action), category,
        readAs: category === 'NOTE_READ' ? (as ? READ_AS[as] ?? as.toLowerCase() : null) : null,
        summary: JSON.stringify(summary), requestId: r.requestId, createdAt: r.createdAt,
      };
    });
  }
}
