import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Public } from '../../common/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../../config/config';

@ObjectType('ServerInfo')
export class ServerInfoModel {
  @Field({ description: 'The server was started with the demo organisation (show demo logins).' }) demo: boolean;
  @Field({ description: 'Anyone may create an organisation from the sign-in page.' }) signupEnabled: boolean;
}

@Resolver()
export class ServerInfoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => ServerInfoModel, { description: 'What the sign-in page needs to know about this server.' })
  serverInfo(): ServerInfoModel {
    return { demo: this.config.demo, signupEnabled: this.config.signup };
  }
}
