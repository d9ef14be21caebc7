import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error straight back to Apollo, where the one error formatter maps and (for unexpected
 * errors only) logs it with the request id. Without this, Nest would also log expected client errors to stderr.
 */
@Catch()
export class PassThroughGqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
