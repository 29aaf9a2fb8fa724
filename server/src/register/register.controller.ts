import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { OwnershipHistoryView, OwnersRollView, RegisterApplyView, RegisterDryRunView, Role } from '@linli/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { Household } from '../places/household.entity';
import { ConfirmRegisterImportDto, RegisterTemplateQueryDto, RegisterUploadDto } from './dto/register.dto';
import { readRegisterUpload } from './register-upload';
import { RegisterService } from './register.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The register (台账): only the community's secretary keeps it. */
@ApiTags('register')
@ApiBearerAuth()
@Controller()
export class RegisterController {
  constructor(private readonly register: RegisterService) {}

  @Get('places/:id/register/template')
  @ApiOperation({ summary: 'The register template (.xlsx); filled=true fills it with the register as it stands' })
  @ApiProduces(XLSX)
  @RequireRole([Role.Secretary], placeParam('id'))
  async template(
    @CurrentUser() user: AuthUser,
    @Req() request: ScopedRequest,
    @Query() query: RegisterTemplateQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const filled = query.filled === 'true';
    const content = await this.register.template(user.id, request.scopePlace!, filled);
    reply.header('content-type', XLSX);
    reply.header('content-disposition', `attachment; filename="register.xlsx"; filename*=UTF-8''${encodeURIComponent(filled ? '台账.xlsx' : '台账模板.xlsx')}`);
    return new StreamableFile(content, { length: content.length });
  }

  @Post('places/:id/register/imports')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Upload a filled register (multipart "file"): the dry run — adds, changes, removable flats and people; nothing is written to the register',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RegisterUploadDto })
  @RequireRole([Role.Secretary], placeParam('id'))
  async preview(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest & ScopedRequest): Promise<RegisterDryRunView> {
    const file = await readRegisterUpload(request);
    return this.register.preview(user.id, request.scopePlace!, file.name, file.content);
  }

  @Post('places/:id/register/imports/:importId/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply a previewed import in one transaction, removing only the ticked flats and people; again answers the same' })
  @RequireRole([Role.Secretary], placeParam('id'))
  confirm(
    @CurrentUser() user: AuthUser,
    @Req() request: ScopedRequest,
    @Param('importId') importId: string,
    @Body() body: ConfirmRegisterImportDto,
  ): Promise<RegisterApplyView> {
    return this.register.confirm(user.id, request.scopePlace!, importId, body.remove ?? []);
  }

  @Get('places/:id/register/owners-roll')
  @ApiOperation({ summary: 'The owners’ roll (Art. 278) as the register stands: who counts once for several flats, the developer’s flats together' })
  @ApiOkResponse()
  @RequireRole([Role.Secretary], placeParam('id'))
  roll(@Req() request: ScopedRequest): Promise<OwnersRollView> {
    return this.register.roll(request.scopePlace!);
  }

  @Get('households/:id/ownership')
  @ApiOperation({ summary: 'A flat’s owners period by period (transfers dated)' })
  @RequireRole([Role.Secretary], placeOf(Household, 'buildingId', 'HOUSEHOLD_NOT_FOUND'))
  ownership(@Param('id') id: string): Promise<OwnershipHistoryView> {
    return this.register.ownership(id);
  }
}
