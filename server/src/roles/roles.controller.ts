import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@linli/shared';
import { placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { PageQueryDto } from '../common/http/page';
import { RoleGrantDto } from '../identity/dto/identity.dto';
import { CreateRoleGrantDto, RoleGrantPageDto } from './dto/roles.dto';
import { RolesService } from './roles.service';

@ApiTags('roles')
@ApiBearerAuth()
@Controller()
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Post('role-grants')
  @ApiOperation({ summary: 'Grant a role over a place (who may grant what: GRANTABLE_BY in @linli/shared)' })
  @ApiCreatedResponse({ type: RoleGrantDto })
  grant(@CurrentUser() user: AuthUser, @Body() body: CreateRoleGrantDto): Promise<RoleGrantDto> {
    return this.roles.grant(user.id, body);
  }

  @Delete('role-grants/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  revoke(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.roles.revoke(user.id, id);
  }

  @Get('places/:placeId/role-grants')
  @ApiOperation({ summary: 'Role grants on a place and below it' })
  @RequireRole([Role.Secretary, Role.StreetOfficer, Role.Admin], placeParam('placeId'))
  @ApiOkResponse({ type: RoleGrantPageDto })
  list(@Req() request: ScopedRequest, @Query() query: PageQueryDto): Promise<RoleGrantPageDto> {
    return this.roles.list(request.scopePlace!, query.cursor, query.limit);
  }
}
