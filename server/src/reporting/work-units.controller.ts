import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { ServiceYearQueryDto, UnitMemberPageDto } from './dto/registration.dto';
import { WorkUnitDto, WorkUnitSearchQueryDto } from './dto/work-unit.dto';
import { UnitMembersService } from './unit-members.service';
import { WorkUnitsService } from './work-units.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reporting')
@ApiBearerAuth()
@Controller()
export class WorkUnitsController {
  constructor(
    private readonly units: WorkUnitsService,
    private readonly members: UnitMembersService,
  ) {}

  @Get('work-units')
  @ApiOperation({ summary: 'Approved units by name, for choosing one in a member registration' })
  @ApiOkResponse({ type: [WorkUnitDto] })
  search(@Query() query: WorkUnitSearchQueryDto): Promise<WorkUnitDto[]> {
    return this.units.searchApproved(query.q);
  }

  @Get('me/work-units')
  @ApiOperation({ summary: 'Units I am the approved contact person of' })
  @ApiOkResponse({ type: [WorkUnitDto] })
  mine(@CurrentUser() user: AuthUser): Promise<WorkUnitDto[]> {
    return this.units.contactUnits(user.id);
  }

  @Get('work-units/:unitId/members')
  @ApiOperation({ summary: "The unit's reported members, where they reported and their service record for a year (unit contact)" })
  @ApiOkResponse({ type: UnitMemberPageDto })
  async unitMembers(@CurrentUser() user: AuthUser, @Param('unitId') unitId: string, @Query() query: ServiceYearQueryDto): Promise<UnitMemberPageDto> {
    const unit = await this.units.requireContact(user.id, unitId);
    return this.members.page(unit, query.year, query.cursor, query.limit);
  }

  @Get('work-units/:unitId/service-summary')
  @ApiOperation({ summary: 'Yearly summary of all the unit’s members as Excel (unit contact)' })
  @ApiProduces(XLSX)
  async unitSummary(
    @CurrentUser() user: AuthUser,
    @Param('unitId') unitId: string,
    @Query() query: ServiceYearQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const unit = await this.units.requireContact(user.id, unitId);
    return download(reply, await this.members.unitWorkbook(unit, query.year));
  }

  @Get('work-units/:unitId/members/:registrationId/service-summary')
  @ApiOperation({ summary: "One member's yearly summary with every ledger line, as Excel (unit contact)" })
  @ApiProduces(XLSX)
  async memberSummary(
    @CurrentUser() user: AuthUser,
    @Param('unitId') unitId: string,
    @Param('registrationId') registrationId: string,
    @Query() query: ServiceYearQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const unit = await this.units.requireContact(user.id, unitId);
    return download(reply, await this.members.memberWorkbook(unit, registrationId, query.year));
  }
}

function download(reply: FastifyReply, file: { fileName: string; content: Buffer }): StreamableFile {
  reply.header('content-type', XLSX);
  // RFC 6266: an ASCII fallback plus the UTF-8 name for the Chinese file name.
  reply.header('content-disposition', `attachment; filename="service-summary.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  return new StreamableFile(file.content);
}
