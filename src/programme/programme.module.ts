import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { RegionsModule } from '../regions/regions.module';
import { ProgrammeController } from './programme.controller';
import { ProgrammeService } from './programme.service';

/** The needle-syringe programme's indicators: the monthly programme report, estimates of people who inject, coverage. */
@Module({
  imports: [PointsModule, RegionsModule],
  controllers: [ProgrammeController],
  providers: [ProgrammeService],
})
export class ProgrammeModule {}
