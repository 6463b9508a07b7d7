import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { RegionsModule } from '../regions/regions.module';
import { PasswordHasher } from './password-hasher';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [PointsModule, RegionsModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
