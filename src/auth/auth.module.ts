import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { DeviceSessionsService } from './device-sessions.service';
import { SessionsController } from './sessions.controller';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A key object, made once: given a string, jsonwebtoken first tries to read it as a public key on every
      // verification and throws, which cost about 5% of the CPU of each request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    // Applied to the login route only (ThrottlerGuard on the handler), to slow down password guessing.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [{ ttl: config.loginRateLimit.windowSeconds * 1000, limit: config.loginRateLimit.limit }],
    }),
  ],
  controllers: [AuthController, SessionsController],
  providers: [AuthService, DeviceSessionsService, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
