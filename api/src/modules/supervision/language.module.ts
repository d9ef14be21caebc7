import { Module } from '@nestjs/common';
import { LanguageResolver } from './language.resolver';
import { LanguageService } from './language.service';

/** The supervision language check: hierarchical and medical-model wording in notes, and its trend. */
@Module({ providers: [LanguageService, LanguageResolver], exports: [LanguageService] })
export class SupervisionLanguageModule {}
