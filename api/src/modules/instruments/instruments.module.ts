import { Module } from '@nestjs/common';
import { InstrumentEditorResolver } from './instrument-editor.resolver';
import { InstrumentEditorService } from './instrument-editor.service';
import { InstrumentsResolver } from './instruments.resolver';
import { InstrumentsService } from './instruments.service';

/** Published instruments, and the editor that drafts, imports and publishes versions. */
@Module({
  providers: [InstrumentsService, InstrumentsResolver, InstrumentEditorService, InstrumentEditorResolver],
  exports: [InstrumentsService],
})
export class InstrumentsModule {}
