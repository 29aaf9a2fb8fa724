import { IsInt, IsString, Max, MaxLength, validateSync } from 'class-validator';
import { toFieldErrors } from './validation-messages';

class Sample {
  @IsString()
  @MaxLength(5)
  name: unknown;

  @IsInt()
  @Max(10)
  count: unknown;
}

describe('validation messages', () => {
  it('names the field and the rule with its own limit, in Chinese', () => {
    const sample = Object.assign(new Sample(), { name: '太长的名字啊', count: 11 });
    const errors = toFieldErrors(validateSync(sample));
    expect(errors).toEqual([
      { field: 'name', rule: 'maxLength', message: 'name：最多 5 个字符' },
      { field: 'count', rule: 'max', message: 'count：不能大于 10' },
    ]);
  });
});
