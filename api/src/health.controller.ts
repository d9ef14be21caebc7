import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { databaseAvailable } from '@tandem/database';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from './common/database.provider';

/** The database round trip must answer within this, or the API reports itself unavailable. */
const HEALTH_DEADLINE_MS = 3_000;

@Controller('health')
export class HealthController {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /**
   * Liveness and readiness: 200 with the database round-trip time, 503 when the database is unreachable. Answers
   * within about 3 s even when Postgres is frozen: at once while the pool knows it is down, else at the deadline.
   */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const began = performance.now();
    res.setHeader('Cache-Control', 'no-store');
    if (!databaseAvailable(this.dataSource)) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: { status: 'down' } });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('health deadline')), HEALTH_DEADLINE_MS);
        }),
      ]);
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs: Math.round((performance.now() - began) * 10) / 10 } });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: { status: 'down' } });
    } finally {
      clearTimeout(timer);
    }
  }
}
