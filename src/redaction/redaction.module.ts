import { Module } from '@nestjs/common';
import { RedactionController } from './redaction.controller';
import { RedactionService } from './redaction.service';

@Module({
  controllers: [RedactionController],
  providers: [RedactionService],
})
export class RedactionModule {}
