import { DataSource } from 'typeorm';

/** Injection token for the application's DataSource (connected as the non-owner role; RLS applies). */
export const APP_DATA_SOURCE = Symbol('APP_DATA_SOURCE');
export type AppDataSource = DataSource;
