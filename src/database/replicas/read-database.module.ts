import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OwnWritesInterceptor, ReadDatabase } from './read-database';

/** Where reads go (ReadDatabase), for every module; the interceptor keeps track of each user's own writes. */
@Global()
@Module({
  providers: [ReadDatabase, { provide: APP_INTERCEPTOR, useClass: OwnWritesInterceptor }],
  exports: [ReadDatabase],
})
export class ReadDatabaseModule {}
