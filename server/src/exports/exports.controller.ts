import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Role } from '@linli/shared';
import type { FastifyReply } from 'fastify';
import { placeOf, placeParam, RequireRole } from '../common/access/require-role.decorator';
import { ScopedRequest } from '../common/access/role-in-scope.guard';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { PageQueryDto } from '../common/http/page';
import { CreateExportDto, ExportJobDto, ExportJobPageDto } from './dto/export.dto';
import { ExportJob } from './export-job.entity';
import { ExportsService } from './exports.service';

/** Who may export a place: its secretary (a community), its street officers, admins above it. */
const EXPORTERS = [Role.Secretary, Role.StreetOfficer, Role.Admin];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A job and its file belong to the person who asked for it (a member roster carries phones), and
 * only while they still hold an exporting role over its place; anyone else gets EXPORT_NOT_FOUND.
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post('places/:placeId/exports')
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask for an Excel export of a community or street over a date range; written in the background' })
  @RequireRole(EXPORTERS, placeParam('placeId'))
  @ApiAcceptedResponse({ type: ExportJobDto })
  create(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Body() body: CreateExportDto): Promise<ExportJobDto> {
    return this.exports.request(user.id, request.scopePlace!, body);
  }

  @Get('places/:placeId/exports')
  @ApiOperation({ summary: 'My exports of a place, newest first' })
  @RequireRole(EXPORTERS, placeParam('placeId'))
  @ApiOkResponse({ type: ExportJobPageDto })
  recent(@CurrentUser() user: AuthUser, @Req() request: ScopedRequest, @Query() query: PageQueryDto): Promise<ExportJobPageDto> {
    return this.exports.recent(user.id, request.scopePlace!.id, query.cursor, query.limit);
  }

  @Get('exports/:id')
  @ApiOperation({ summary: 'An export and its progress (the requester)' })
  @RequireRole(EXPORTERS, placeOf(ExportJob, 'placeId', 'EXPORT_NOT_FOUND'))
  @ApiOkResponse({ type: ExportJobDto })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ExportJobDto> {
    return this.exports.mine(user.id, id);
  }

  @Get('exports/:id/file')
  @ApiOperation({ summary: 'The finished .xlsx (the requester; kept for a day)' })
  @ApiProduces(XLSX)
  @RequireRole(EXPORTERS, placeOf(ExportJob, 'placeId', 'EXPORT_NOT_FOUND'))
  async file(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.exports.file(user.id, id);
    reply.header('content-type', XLSX);
    // RFC 6266: an ASCII fallback plus the UTF-8 name for the Chinese file name.
    reply.header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    return new StreamableFile(file.content, file.bytes !== null ? { length: file.bytes } : undefined);
  }
}
