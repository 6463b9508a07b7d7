import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [UsersModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
