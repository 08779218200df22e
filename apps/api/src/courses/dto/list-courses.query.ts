import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { CourseListScope } from '@keino/contracts';

import { PageQueryDto } from '../../common/pagination/page.query';

export class ListCoursesQuery extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['mine', 'all'],
    description:
      'mine: the courses the caller edits (every course for admins), latest change first; all (default): every course the caller sees',
  })
  @IsOptional()
  @IsIn(['mine', 'all'])
  scope?: CourseListScope;
}
