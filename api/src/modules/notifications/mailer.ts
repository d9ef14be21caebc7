import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config';

export interface OutgoingMail {
  messageKey: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** One-click unsubscribe (RFC 8058) for everything that is not a security message. */
  unsubscribeUrl: string | null;
  calendar: { ics: string; method: string } | null;
}

/** SMTP delivery with nodemailer (`SMTP_URL`; STARTTLS when the server offers it). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** nodemailer (about 2 MB of heap) is loaded on the first send, so a process that sends no mail never holds it. */
  private async transporter(): Promise<Transporter> {
    if (!this.config.smtpUrl) throw new Error('No SMTP_URL configured');
    const { default: nodemailer } = await import('nodemailer');
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
    return this.transport;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const domain = new URL(this.config.publicUrl).hostname || 'tandem';
    const headers: Record<string, string> = {};
    if (mail.unsubscribeUrl) {
      headers['List-Unsubscribe'] = `<${mail.unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    await (await this.transporter()).sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // The same key gives the same Message-ID: a receiving server can drop a duplicate if a send is ever repeated.
      messageId: `<${Buffer.from(mail.messageKey).toString('base64url').slice(0, 120)}@${domain}>`,
      headers,
      ...(mail.calendar
        ? { icalEvent: { method: mail.calendar.method, filename: 'supervision.ics', content: mail.calendar.ics } }
        : {}),
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.transport = null;
  }
}
