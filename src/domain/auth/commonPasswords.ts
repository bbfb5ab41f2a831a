/**
 * Passwords and words people pick first, lower case, as data: the head of public leaked-password frequency lists
 * (English and Chinese users), common words and names, pinyin favourites, and words of this platform's own context.
 * A password whose letters, once the digits and symbols at its ends are stripped (Password12 → password), are one of
 * these is refused. Entries are letters only, since that is what is left after stripping.
 */
const WORDS = `
password passwort passwd pass passw0rd secret letmein welcome hello hi test tester testing guest login
admin administrator root user default changeme master system superuser super manager
qwerty qwertyuiop qwertz azerty asdf asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx qweasd qweasdzxc qwer asdfasdf
abc abcd abcde abcdef abcdefg abcdefgh abcabc aaa aaaa aaaaaa
iloveyou loveyou love lover loveme princess prince angel angels baby babygirl babyboy sweet sweetheart
sunshine shadow dragon monkey tiger lion eagle falcon hawk wolf bear dolphin butterfly flower rose
football baseball basketball soccer hockey golf tennis ranger rangers yankees cowboys lakers chelsea liverpool
arsenal barcelona realmadrid juventus
batman superman spiderman ironman starwars pokemon naruto matrix mustang ferrari porsche mercedes
trustno jordan michael michelle jennifer jessica ashley daniel andrew joshua charlie thomas robert william
david richard joseph james george harley hunter buster summer winter autumn spring
freedom whatever nothing anything something computer internet google facebook apple samsung microsoft windows
linux ubuntu server database oracle mysql postgres cisco
killer hacker hack cheese cookie coffee chocolate banana orange purple yellow silver golden gold diamond
pepper ginger maggie buddy lucky happy smile family friend friends forever monday sunday
world helloworld access mypass mypassword newpass newpassword oldpass
zaq xsw zaqxsw qaz wsx edc rfv tgb
woaini woaiwo aini nihao zhongguo china beijing shanghai shenzhen guangzhou chongqing hunan hengyang qidong
wangwei zhangwei liwei lina zhangjie wangjing liuyang chenjing wangfang zhangmin
huanbao huanjing shengtai yuanqu gaoxin kaifaqu guanli mima denglu yonghu guanliyuan
parkeco park eco ecology environment
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
