import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from './common/database.provider';

@Controller('health')
export class HealthController {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Liveness and readiness: 200 with the database round-trip time, 503 when the database is unreachable. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const began = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      res.status(HttpStatus.OK).json({ status: 'ok', database: { status: 'up', latencyMs: Math.round((performance.now() - began) * 10) / 10 } });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'error', database: { status: 'down' } });
    }
  }
}
