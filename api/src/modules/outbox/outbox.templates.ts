import type { MessageKind } from '../notifications/notification-kinds';

/**
 * The messages Tandem sends, rendered once as plain text (the outbox shows them as they would be mailed); the HTML part
 * of the mail is made from the same text by `renderHtml`. Calm, plain language; every message names the organisation;
 * security messages say what to do if it wasn't you. No message ever carries supervision note text or any other
 * record content — only names, dates and links. Notification messages live in notifications/notification.templates.ts.
 */
export type OutboxKind = MessageKind;

export interface RenderedMessage {
  kind: OutboxKind;
  subject: string;
  bodyText: string;
  /** The message's one call to action (also in the body). */
  actionUrl: string | null;
}

interface Greeting {
  personName: string;
  organizationName: string;
}

const lines = (...parts: (string | false | null | undefined)[]) => parts.filter((p) => p !== false && p != null).join('\n');
const sign = (organizationName: string) => `— Tandem for ${organizationName}`;

export function invitationMessage(v: Greeting & { url: string; invitedBy: string | null; validDays: number }): RenderedMessage {
  return {
    kind: 'INVITATION',
    subject: `You’re invited to ${v.organizationName} on Tandem`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      v.invitedBy
        ? `${v.invitedBy} has added you to ${v.organizationName} on Tandem, where your team keeps its fidelity checklists and supervision together.`
        : `You have been added to ${v.organizationName} on Tandem, where your team keeps its fidelity checklists and supervision together.`,
      '',
      'To choose your password and sign in, open this link:',
      v.url,
      '',
      `The link works once and expires in ${v.validDays} days. If you weren’t expecting this, you can ignore it.`,
      '',
      sign(v.organizationName),
    ),
  };
}

export function signUpConfirmationMessage(v: Greeting & { url: string; validDays: number }): RenderedMessage {
  return {
    kind: 'SIGN_UP_CONFIRMATION',
    subject: `Confirm your e-mail to finish setting up ${v.organizationName}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `Thank you for setting up ${v.organizationName} on Tandem. To confirm this is your e-mail address and open your organisation, follow this link:`,
      v.url,
      '',
      `The link works once and expires in ${v.validDays} days. If you didn’t sign up, you can ignore this message: nothing will be set up without it.`,
      '',
      sign(v.organizationName),
    ),
  };
}

export function signUpAttemptMessage(v: Greeting & { signInUrl: string; resetUrl: string }): RenderedMessage {
  return {
    kind: 'SIGN_UP_ATTEMPT',
    subject: 'Someone tried to create a Tandem organisation with your e-mail address',
    actionUrl: v.signInUrl,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `Someone tried to create a new organisation on Tandem with your e-mail address. You already have an account with ${v.organizationName}, so nothing was created.`,
      '',
      'If it was you, sign in here:',
      v.signInUrl,
      '',
      'Forgotten your password? Choose a new one here:',
      v.resetUrl,
      '',
      'If it wasn’t you, there is nothing you need to do.',
      '',
      sign(v.organizationName),
    ),
  };
}

export function passwordResetMessage(v: Greeting & { url: string; validMinutes: number; sentByAdmin: boolean }): RenderedMessage {
  return {
    kind: 'PASSWORD_RESET',
    subject: `Choose a new password for ${v.organizationName} on Tandem`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      v.sentByAdmin
        ? `An administrator of ${v.organizationName} has sent you a link to choose a new Tandem password.`
        : `Someone (we hope you) asked to reset your Tandem password for ${v.organizationName}.`,
      '',
      'To choose a new password, open this link:',
      v.url,
      '',
      `The link works once and expires in ${v.validMinutes} minutes. Choosing a new password signs you out on every other device.`,
      'If you didn’t ask for this, you can ignore this message: your password stays as it is.',
      '',
      sign(v.organizationName),
    ),
  };
}

export function passwordChangedMessage(v: Greeting & { resetUrl: string }): RenderedMessage {
  return {
    kind: 'PASSWORD_CHANGED',
    subject: 'Your Tandem password was changed',
    actionUrl: v.resetUrl,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `The password of your Tandem account with ${v.organizationName} was just changed with a reset link, and you were signed out on every device.`,
      '',
      'If that was you, there is nothing more to do.',
      'If it wasn’t, choose a new password straight away and tell your administrator:',
      v.resetUrl,
      '',
      sign(v.organizationName),
    ),
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const URL_RE = /(https?:\/\/[^\s<>"]+)/g;

/** The HTML part of a mail: the same words as the text part, paragraphs kept, links clickable, nothing remote loaded. */
export function renderHtml(subject: string, bodyText: string): string {
  const paragraphs = bodyText.split(/\n{2,}/).map((para) => {
    const html = para.split('\n').map((line) => escapeHtml(line).replace(URL_RE, (url) => `<a href="${url}">${url}</a>`)).join('<br>\n');
    return `<p style="margin:0 0 16px">${html}</p>`;
  });
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f6f7f9;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">',
    ...paragraphs,
    '</div></body></html>',
  ].join('\n');
}
