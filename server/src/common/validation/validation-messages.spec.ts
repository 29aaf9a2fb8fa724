import { Allow, IsEnum, IsIn, IsInt, IsString, Matches, Max, MaxLength, ValidationError, validateSync } from 'class-validator';
import { RULE_TEMPLATES, toFieldErrors } from './validation-messages';

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

describe('no message quotes a missing argument', () => {
  /** What class-validator reports when it checked a value against no class (an array or scalar body): rules without their arguments. */
  const orphan = (rule: string): ValidationError =>
    Object.assign(new ValidationError(), { property: 'code', constraints: { [rule]: 'english' }, children: [] });

  it.each(Object.keys(RULE_TEMPLATES))('%s, found on no class, says what is wrong without "undefined" or an empty list', (rule) => {
    const [error] = toFieldErrors([orphan(rule)]);
    expect(error.message).toMatch(/^code：\S/);
    expect(error.message).not.toMatch(/undefined|null|NaN|：$|之一：$|之一：、/);
  });

  it.each(Object.keys(RULE_TEMPLATES))('%s, given arguments of the wrong kind or empty lists, still makes sense', (rule) => {
    class Odd {
      @Allow()
      code: unknown;
    }
    const error = Object.assign(new ValidationError(), { target: new Odd(), property: 'code', constraints: { [rule]: 'english' }, children: [] });
    const [message] = toFieldErrors([error]).map((e) => e.message);
    expect(message).not.toMatch(/undefined|null|NaN|之一：$/);
  });

  it('an empty enum or list is not quoted as "只能是以下之一：" with nothing after it', () => {
    class Empty {
      @IsIn([])
      kind: unknown;

      @IsEnum({})
      level: unknown;
    }
    const errors = toFieldErrors(validateSync(Object.assign(new Empty(), { kind: 'x', level: 'y' })));
    expect(errors.map((e) => e.message)).toEqual(['kind：不是允许的取值', 'level：不是允许的取值']);
  });

  it('a rule with no property (the whole body) is one sentence without a field prefix', () => {
    const error = Object.assign(new ValidationError(), { property: undefined, constraints: { unknownValue: 'an unknown value was passed' }, children: [] });
    expect(toFieldErrors([error])).toEqual([{ field: '', rule: 'unknownValue', message: '请求体必须是 JSON 对象' }]);
  });

  it("keeps a DTO author's own Chinese message", () => {
    class Phone {
      @Matches(/^1\d{10}$/, { message: '请填写 11 位手机号' })
      phone: unknown;
    }
    expect(toFieldErrors(validateSync(Object.assign(new Phone(), { phone: '12' })))[0].message).toBe('phone：请填写 11 位手机号');
  });
});
