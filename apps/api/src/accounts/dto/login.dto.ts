import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import type { LoginRequest } from '@keino/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@keino.example' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;
}
