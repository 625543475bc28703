"""Write the twenty-eighth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Sosial Kabupaten Alor"); what they
offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new
seed, new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national28/make_national28.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321028
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "32.15": ("Kabupaten Karawang", -6.25228, 107.35429),
    "32.16": ("Kabupaten Bekasi", -6.21975, 107.12171),
    "32.14": ("Kabupaten Purwakarta", -6.59526, 107.43078),
    "32.13": ("Kabupaten Subang", -6.48464, 107.73183),
    "32.73": ("Kota Bandung", -6.91924, 107.6366),
    "36.71": ("Kota Tangerang", -6.18437, 106.65199),
    "64.03": ("Kabupaten Berau", 1.9125, 117.34017),
    "64.08": ("Kabupaten Kutai Timur", 0.98987, 117.12915),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "65.01": ("Kabupaten Bulungan", 2.79748, 117.03198),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "53.05": ("Kabupaten Alor", -8.30392, 124.56845),
    "53.13": ("Kabupaten Lembata", -8.38117, 123.54082),
    "53.06": ("Kabupaten Flores Timur", -8.36513, 122.94448),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "36": "Banten",
    "51": "Bali",
    "53": "Nusa Tenggara Timur",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "73": "Sulawesi Selatan",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "32": ["JAWA BARAT", "JABAR", "PROV. JAWA BARAT", "PROVINSI JAWA BARAT"],
    "36": ["BANTEN", "PROV. BANTEN"],
    "51": ["BALI"],
    "53": [
        "NUSA TENGGARA TIMUR",
        "NTT",
        "PROV. NTT",
        "PROVINSI NUSA TENGGARA TIMUR",
        "N.T.T.",
    ],
    "64": ["KALIMANTAN TIMUR", "KALTIM", "PROV. KALTIM", "PROVINSI KALIMANTAN TIMUR"],
    "65": ["KALIMANTAN UTARA", "KALTARA"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "32.15": [
        "!",
        "KAB. KARAWANG",
        "KARAWANG",
        "KRAWANG",
        "KAB KARAWANG",
        "KAB. KARAWANG (JAWA BARAT)",
        "CIKAMPEK",
        "KARAWANG BARAT",
    ],
    "32.16": ["BEKASI", "KAB. BEKASI (CIKARANG)", "CIKARANG"],
    "32.14": ["PURWAKARTA", "KAB. PURWAKARTA"],
    "32.13": ["SUBANG", "KAB. SUBANG (PANTURA)"],
    "32.73": ["BANDUNG", "KODYA BANDUNG", "KOTAMADYA BANDUNG"],
    "36.71": ["TANGERANG", "KOTA TANGERANG (BANTEN)"],
    "64.03": [
        "!",
        "KAB. BERAU",
        "BERAU",
        "TANJUNG REDEB",
        "TANJUNG REDEP",
        "TG. REDEB",
        "KAB. BERAU (TANJUNG REDEB)",
    ],
    "64.08": ["KUTIM", "KUTAI TIMUR", "KAB. KUTIM (SANGATTA)"],
    "64.72": ["SAMARINDA", "KODYA SAMARINDA"],
    "65.01": ["BULUNGAN", "TANJUNG SELOR"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
    "53.05": [
        "!",
        "KAB. ALOR",
        "ALOR",
        "KALABAHI",
        "KAB. ALOR (KALABAHI)",
        "P. ALOR",
        "KABUPATEN ALOR - NTT",
    ],
    "53.13": ["LEMBATA", "LEWOLEBA"],
    "53.06": ["FLORES TIMUR", "FLOTIM", "LARANTUKA"],
    "53.71": ["KUPANG", "KODYA KUPANG", "KOTA KUPANG"],
    "51.71": ["DENPASAR"],
    "31.74": ["JAKARTA SELATAN", "JAKSEL"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": [
        "peserta kursus dan tempat magang untuk peserta",
        "kerja sama penyaluran lulusan",
    ],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": [
        "tempat prakerin bagi siswa dan rekrutmen alumni",
        "guru tamu dari industri",
    ],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": [
        "pelatihan dan modal usaha bagi anggota",
        "pendamping dan jejaring pemasaran",
    ],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": [
        "lokasi KKN dan mitra penelitian",
        "desa binaan untuk pengabdian",
    ],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Barat: Kabupaten Karawang (32.15)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_karawang",
        "KRW",
        "Wujud Kontribusi Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang | 32.15 | p=program pemagangan dalam negeri di perusahaan kawasan industri KIIC dan Suryacipta bagi pencari kerja pemegang kartu AK/1 {120} | h=job fair tahunan dan layanan AK/1 daring {2000}
blk g | UPTD BLK Disnakertrans Kabupaten Karawang | 32.15 | p=pelatihan berbasis kompetensi: operator mesin CNC, las SMAW, otomotif dan menjahit industri {96} | t=instruktur K3 dan CNC bisa jadi narasumber di lembaga mitra {2} | s=bengkel las dan ruang CNC dipinjamkan di luar jadwal pelatihan {1}
blk g | BLK Komunitas Pondok Pesantren Al-Hikmah Rengasdengklok | 32.15 | p=pelatihan menjahit dan bordir bagi santri dan warga sekitar {16} | s=12 mesin jahit high speed {12}
dinas g | Dinas Koperasi dan UKM Kabupaten Karawang | 32.15 | d=dana bergulir LPDB lewat koperasi dan KUB binaan, bunga rendah, maks Rp 30 jt per kelompok {Rp 750.000.000} | p=pelatihan manajemen usaha dan pengurusan NIB {40}
dinas g | Dinas Perikanan Kabupaten Karawang | 32.15 | s=bantuan paket alat pengolahan ikan (panci presto, freezer, vacuum sealer) bagi poklahsar yang terdaftar KUSUKA {6} | t=penyuluh perikanan pendamping pengolahan hasil {3}
dinas g | Dinas Sosial Kabupaten Karawang | 32.15 | d=bantuan KUBE bagi keluarga penerima PKH yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi anak putus sekolah dan penyandang disabilitas {25}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Karawang | 32.15 | p=fasilitasi kemitraan IKM dengan industri besar dan temu bisnis, tanpa pembelian {30} | h=gerai produk IKM di rest area tol Jakarta-Cikampek {25:produk}
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Karawang (Bidang PNF) | 32.15 | d=BOP Pendidikan Kesetaraan bagi PKBM terakreditasi {Rp 12.000.000} | p=bimtek tutor Paket C dan Pendidikan Kecakapan Kerja (PKK) {30}
dinas g | Dinas Ketahanan Pangan dan Pertanian Kab. Karawang | 32.15 | t=penyuluh padi sawah dan pengolahan hasil {4} | s=bantuan rice milling unit bagi Gapoktan {2}
donor m | BAZNAS Kabupaten Karawang | 32.15 | d=Karawang Berdaya: zakat produktif berupa modal dan alat usaha bagi mustahik, termasuk kelompok nelayan dan pengolah ikan {Rp 400.000.000}
donor s | Bank BJB Cabang Karawang | 32.15 | d=KUR mikro dan kredit usaha mikro lewat komunitas masjid, sampai Rp 50 jt {Rp 5 M}
donor s | CSR PT Karawang Mega Otomotif (pabrik komponen, Kawasan KIIC) | 32.15 | p=program magang 6 bulan di lini produksi bagi lulusan SMA/SMK/Paket C dari desa sekitar pabrik, usia 18-24 {40} | h=rekrutmen operator produksi dari lulusan magang {25}
donor s | TJSL PT Migas Pantura Energi (blok lepas pantai Cilamaya) | 32.15 | d=bantuan modal usaha bagi kelompok perempuan pesisir di desa ring 1 Kecamatan Cilamaya Wetan dan Cilamaya Kulon {Rp 150.000.000} | s=hibah freezer dan cool box bagi kelompok pengolah ikan desa ring 1 {10}
donor s | CSR PT Semen Pangkalan Jaya (pabrik di Tegalwaru) | 32.15 | d=modal usaha bagi warga ring 1 pabrik di Kecamatan Tegalwaru dan Pangkalan {Rp 200.000.000} | p=beasiswa pelatihan kerja bagi pemuda ring 1 {20}
donor s | CSR PT Bekasi Logistik Terpadu (Cikarang) | 32.16 | d=hibah modal UMKM bagi warga desa sekitar gudang di Kecamatan Cikarang Barat {Rp 100.000.000}
donor s | Program Hibah Pangan Biru Nasional (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah ikan skala rumah tangga seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | LAZ Baitul Mal Karawang Sejahtera | 32.15 | d=qardhul hasan bagi pedagang Pasar Johar Karawang, maks Rp 3 jt per orang {Rp 60.000.000}
dudi s | PT Garmen Citra Busana Klari | 32.15 | h=rekrutmen operator jahit lulusan BLK atau kursus, minimal bisa mesin high speed {60} | p=magang 3 bulan operator jahit bagi calon karyawan {20}
dudi s | PT Pangan Niaga Cikampek (pabrik makanan ringan) | 32.15 | h=menerima lulusan SMA/Paket C sebagai operator packing lewat yayasan penyalur {30}
lkp s | LPK Penyalur Tenaga Kerja Karya Mandiri | 32.15 | h=menyalurkan peserta ke pabrik dengan biaya pendaftaran dan potongan gaji tiga bulan pertama {50}
dudi s | Pengepul Bandeng Tambak Tempuran | 32.15 | h=menjual bandeng segar ke pengolah presto dan pindang {2:ton/minggu}
dudi s | Pelelangan Ikan TPI Ciparage Tempuran | 32.15 | h=lapak sewa bagi pedagang ikan olahan, Rp 300 ribu per bulan {20:lapak}
dudi s | Toko Oleh-oleh Khas Karawang Jl. Tuparev | 32.15 | h=membeli putus olahan ikan kemasan (bandeng presto, pindang, abon) yang sudah ber-PIRT {300:bungkus/bulan}
dudi s | Rumah Makan Sunda Saung Pantura Cilamaya | 32.15 | h=memesan pindang bandeng dan ikan asin dari pengolah sekitar Cilamaya setiap hari {25:kg/hari}
dudi s | Toko Alat Dapur dan Mesin Presto Karawang | 32.15 | s=jual panci presto 20 liter, freezer dan vacuum sealer, bisa cicilan 6 bulan
dudi s | PT Baja Presisi Teknik Telukjambe | 32.15 | p=OJT juru las dan fabrikasi bagi lulusan SMK teknik {10} | h=rekrut welder bersertifikat {8}
dudi s | PT Kemasan Plastik Suryacipta | 32.15 | p=magang operator mesin injeksi plastik khusus lulusan SMK jurusan mesin {12} | h=rekrut operator produksi lulusan SMK mesin {15}
dudi s | Reseller Frozen Food Karawang (daring) | 32.15 | h=mengambil putus otak-otak, bandeng presto dan nugget ikan beku untuk dijual daring {200:pak/bulan}
pkbm m | PKBM Tunas Harapan Cilamaya Kulon | 32.15 | t=tutor Paket C dan tutor tata boga {2} | s=ruang kelas untuk kegiatan warga {1}
pkbm m | PKBM Nurul Ilmi Jatisari | 32.15 | p=warga belajar Paket C lulus tahun ini yang mencari tempat magang dan kerja {30}
smk m | SMK Negeri 1 Karawang (Teknik Pemesinan dan Otomotif) | 32.15 | s=bengkel pemesinan dan ruang praktik dipakai lembaga mitra pada hari Sabtu {1} | t=guru produktif pemesinan bisa mengisi pelatihan dasar {1}
smk m | SMK Perikanan dan Kelautan Cilamaya | 32.15 | s=ruang pengolahan hasil perikanan dengan freezer dan presto, disewakan murah untuk kelompok {1} | t=guru produktif pengolahan hasil perikanan {1}
lkp m | LPK Teknik Industri Prima Karawang | 32.15 | p=pelatihan operator produksi, K3 dasar dan 5S lalu disalurkan ke pabrik jaringan LPK, biaya Rp 2,5 jt {40} | h=penyaluran kerja hanya untuk lulusan LPK sendiri {30}
perguruan_tinggi m | Universitas Singaperbangsa Karawang (LPPM) | 32.15 | t=dosen pendamping sertifikasi halal dan kemasan produk perikanan {2} | p=KKN tematik pendampingan UMKM pesisir {40}
ormas m | TP PKK Kabupaten Karawang | 32.15 | p=kader PKK penggerak UP2K {50} | h=bazar UMKM di Alun-alun Karawang dan Car Free Day {20:produk}
ormas m | HNSI Kabupaten Karawang | 32.15 | t=tokoh nelayan penggerak kelompok istri nelayan {3} | h=menghubungkan pengolah dengan pembeli ikan olahan di Pantura
ormas m | Forum Komunikasi HRD Kawasan Industri Karawang | 32.15 | h=membagikan lowongan operator dari perusahaan anggota ke LPK dan PKBM mitra {100} | t=praktisi HRD narasumber kesiapan kerja dan K3 {3}
tokoh_masyarakat m | H. Dadang Suherman (tokoh nelayan Pasirjaya, Cilamaya) | 32.15 | t=penggerak warga dan penghubung kelompok dengan TPI {1}
tokoh_masyarakat m | Ibu Euis Rohaeti (pengolah bandeng presto senior) | 32.15 | t=mau mengajar resep bandeng presto duri lunak di kelompok {1}
koperasi m | Koperasi Produsen Perikanan Mina Sejahtera Cilamaya | 32.15 | d=pinjaman bagi anggota koperasi, angsuran harian {Rp 200.000.000} | s=cold storage koperasi disewakan per kg {5:ton}
bumdes m | BUMDes Sinar Laut Desa Sukajaya | 32.15 | s=ruang produksi bersama dan freezer milik desa boleh dipakai kelompok warga Desa Sukajaya {1} | h=kios BUMDes di pintu masuk Pantai Sukajaya {20:produk}
pusat_karya m | Sentra Bandeng Presto Tempuran | 32.15 | p=magang produksi presto 2 minggu bagi calon pengolah {6} | h=menampung produk anggota sentra untuk dikirim ke Jakarta {500:kg/bulan}
dudi s | Toko Oleh-oleh Pesisir Cilamaya | 32.15 tidak | h=membeli putus pindang dan bandeng presto kemasan {300:bungkus/bulan}
dudi s | PT Elektronik Sinar Cikampek | 32.15 tidak | p=magang operator perakitan bagi lulusan SMA/Paket C {30} | h=rekrut peserta magang menjadi karyawan kontrak {20}
dudi s | Warung Ikan Asin Pakisjaya | 32.15 x | h=bisa ambil
ormas m | Karang Taruna Kecamatan Klari | 32.15 x | p=pelatihan
dudi s | PT Garmen Sentosa Purwakarta | 32.14 | p=magang operator jahit bagi lulusan SMA/Paket C dari Purwakarta dan Karawang {25} | h=rekrut operator jahit lulusan magang {25}
dudi s | Pabrik Olahan Ikan Blanakan Subang | 32.13 | h=membeli bandeng presto dan pindang dari kelompok sekitar Pantura Subang-Karawang {1:ton/bulan}
dudi s | PT Logistik Cikarang Raya | 32.16 | p=magang admin gudang dan operator forklift bagi lulusan SMA/Paket C {15} | h=rekrut tenaga gudang dari peserta magang {15}
blk g | UPTD Balai Pelatihan Kerja Provinsi Jawa Barat | 32.73 | p=pelatihan operator produksi dan mekatronika berasrama, gratis {64} | t=instruktur K3 {2}
dudi s | Toko Oleh-oleh Khas Sunda Bandung | 32.73 | h=menjual oleh-oleh khas Bandung: peuyeum, keripik, dodol {40:produk}
dudi s | Distributor Frozen Food Tangerang | 36.71 | h=mengambil bandeng presto beku dari pengolah Pantura untuk pasar modern Tangerang {800:pak/bulan}
ormas m | Yayasan Kerja Layak Indonesia | 31.74 | h=penyaluran kerja ke Jepang setelah pelatihan bahasa 6 bulan di Jakarta {20}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Timur: Kabupaten Berau (64.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_berau",
        "BRU",
        "Tawaran Bantuan Lembaga",
        """
dinas g | Dinas Perkebunan Kabupaten Berau | 64.03 | s=bantuan kotak fermentasi dan solar dryer bagi kelompok tani kakao yang terdaftar SIMLUHTAN {8} | t=penyuluh perkebunan kakao dan sambung samping {3}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Berau | 64.03 | t=narasumber sadar wisata dan pemandu wisata bersertifikat {2} | p=pelatihan pemandu wisata dan homestay di Derawan-Maratua {30}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Berau | 64.03 | p=pelatihan berbasis kompetensi: operator alat berat, las dan tata boga {48} | h=bursa kerja tambang dan sawit {300}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kab. Berau | 64.03 | d=dana bergulir koperasi dan kelompok tani, jasa 3 % {Rp 400.000.000} | h=fasilitasi temu dagang kakao dan kelapa dengan eksportir Surabaya, tanpa pembelian
dinas g | Dinas Pendidikan Kabupaten Berau (Bidang PNF) | 64.03 | d=BOP kesetaraan bagi PKBM terakreditasi {Rp 15.000.000} | t=penilik PNF pendamping kelembagaan PKBM {1}
dinas g | Dinas Sosial Kabupaten Berau | 64.03 | d=bantuan KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Perikanan Kabupaten Berau | 64.03 | s=bantuan cool box dan mesin ketinting bagi kelompok nelayan {10} | p=pelatihan pengolahan abon dan amplang ikan {20}
dinas g | Dinas Pemberdayaan Masyarakat dan Kampung Kabupaten Berau | 64.03 | p=pendampingan BUMK dan Pokdarwis kampung {20} | t=tenaga pendamping kampung {4}
blk g | UPTD BLK Berau | 64.03 | p=pelatihan bahasa Inggris pariwisata dan housekeeping 200 JP {16} | t=instruktur bahasa Inggris bisa diperbantukan ke lembaga mitra sore hari {1} | s=laboratorium bahasa dan laptop dipinjamkan ke lembaga mitra {20}
donor m | BAZNAS Kabupaten Berau | 64.03 | d=zakat produktif modal dan alat usaha bagi mustahik petani dan nelayan {Rp 250.000.000}
donor s | Bankaltimtara Cabang Tanjung Redeb | 64.03 | d=KUR dan kredit usaha bagi petani plasma {Rp 2 M}
donor s | CSR PT Batu Bara Lati Sejahtera (tambang Lati) | 64.03 | d=modal usaha bagi warga kampung ring 1 tambang di Kecamatan Gunung Tabur dan Sambaliung {Rp 300.000.000} | s=hibah alat pascapanen bagi kelompok tani kampung ring 1 tambang {6}
donor s | CSR PT Sawit Segah Lestari (PKS Tepian Buah) | 64.03 | s=hibah solar dryer dan kotak fermentasi bagi kelompok tani di kampung ring 1 kebun, Kecamatan Segah {4} | p=sekolah lapang budidaya kakao di kampung sekitar kebun {25}
donor s | CSR PT Tambang Bengalon Jaya | 64.08 | s=hibah peralatan usaha tani bagi kelompok ring 1 di Kecamatan Bengalon {10}
donor s | Program Hibah Kakao Lestari Nasional (seleksi terbuka) | 31.74 | s=hibah alat pascapanen kakao bagi kelompok tani seluruh Indonesia lewat proposal daring {5}
donor m | Yayasan Penyu Lestari Derawan | 64.03 | t=relawan penutur asli bahasa Inggris mengajar anak muda di Pulau Derawan dan Maratua {2} | s=peralatan snorkel dipinjamkan untuk pelatihan pemandu di Pulau Derawan {15}
dudi s | CV Kakao Bumi Batiwakkal | 64.03 | h=membeli biji kakao fermentasi kering dari kelompok tani dengan harga premium {5:ton/bulan}
dudi s | Pengepul Hasil Bumi Pasar Sanggam Adji Dilayas | 64.03 | h=membeli biji kakao asalan tanpa fermentasi, kelapa dan pisang {3:ton/minggu}
dudi s | Toko Pertanian Tani Makmur Tanjung Redeb | 64.03 | s=jual terpal, karung, gunting pangkas dan kotak fermentasi kayu, bisa dicicil
dudi s | UD Cokelat Berau Craft | 64.03 | h=membeli biji kakao fermentasi dari kebun Berau untuk cokelat batangan {300:kg/bulan} | p=pelatihan fermentasi kakao bagi petani pemasok {15}
dudi s | Derawan Dive Resort | 64.03 | h=merekrut pemandu selam dan snorkel lokal yang bisa berbahasa Inggris {4} | p=magang pemandu snorkeling 2 bulan bagi pemuda Pulau Derawan {4}
dudi s | Maratua Paradise Lodge | 64.03 | h=rekrut staf front office dan guide berbahasa Inggris {5}
dudi s | Biro Perjalanan Berau Explore Tour | 64.03 | t=pemandu wisata senior berlisensi HPI mau jadi pengajar tamu di lembaga pelatihan, dua kali sebulan {1} | h=mempekerjakan pemandu lepas saat musim ramai {6}
dudi s | Hotel Bumi Segah Tanjung Redeb | 64.03 | p=PKL siswa perhotelan {4} | h=rekrut room attendant {3}
dudi s | Toko Selam dan Snorkel Tanjung Redeb | 64.03 | s=sewa alat snorkel dan pelampung Rp 50 ribu per set per hari {30}
dudi s | Pusat Oleh-oleh Amplang dan Abon Ikan Berau | 64.03 | h=membeli putus amplang, abon ikan dan cokelat lokal ber-PIRT {400:bungkus/bulan}
dudi s | Kedai Kopi dan Cokelat Tepian Segah | 64.03 | h=membeli bubuk cokelat olahan kelompok untuk minuman {50:kg/bulan}
pkbm m | PKBM Harapan Bangsa Teluk Bayur | 64.03 | t=tutor bahasa Inggris dan tutor kesetaraan, bisa mengajar di PKBM lain sore hari {2}
pkbm m | PKBM Sinar Kampung Sambaliung | 64.03 | p=warga belajar Paket C yang mencari tempat magang wisata {20}
smk m | SMK Negeri 1 Tanjung Redeb (Usaha Layanan Pariwisata) | 64.03 | t=guru produktif usaha perjalanan wisata dan bahasa Inggris bisa mengajar di lembaga mitra hari Sabtu {2} | s=ruang praktik tour guiding dan proyektor {1}
smk m | SMK Negeri 3 Berau (Agribisnis Tanaman Perkebunan) | 64.03 | s=unit pengering dan ruang fermentasi kakao sekolah bisa dipakai kelompok tani dengan jadwal {1} | t=guru produktif perkebunan {1}
lkp m | LKP Bahasa Inggris Global Berau | 64.03 | p=kursus bahasa Inggris percakapan berbayar, Rp 600 ribu per bulan {25}
lkp m | LPK Pariwisata Bahari Derawan | 64.03 | p=pelatihan pemandu selam bersertifikat bagi peserta sendiri {10} | h=menyalurkan alumni sendiri ke resort Derawan {8}
perguruan_tinggi m | Sekolah Tinggi Ilmu Pertanian Berau | 64.03 | t=dosen pendamping fermentasi dan mutu kakao {2} | p=pelatihan pascapanen kakao bagi kelompok tani {30}
ormas m | TP PKK Kabupaten Berau | 64.03 | p=kader PKK penggerak {30} | h=bazar produk UMKM saat HUT Berau {20:produk}
ormas m | DPC HPI Kabupaten Berau | 64.03 | t=anggota pemandu berlisensi siap mengajar pemandu pemula bila ada honor, jadwal mingguan {3} | p=uji sertifikasi pemandu {20}
ormas m | Asosiasi Petani Kakao Berau | 64.03 | h=pemasaran bersama biji kakao fermentasi anggota ke pabrik cokelat di Jawa {10:ton/bulan} | t=petani champion kakao pelatih sesama petani {3}
tokoh_masyarakat m | Pak Yohanes Lawing (petani kakao teladan Kampung Long Ayan) | 64.03 | t=mau melatih fermentasi kakao di kampung lain {1}
tokoh_masyarakat m | Pak Daniel Hartono (pensiunan pemandu wisata, Tanjung Redeb) | 64.03 | t=mau mengajar bahasa Inggris untuk pemandu dua kali seminggu secara sukarela {1}
koperasi m | Koperasi Produsen Kakao Segah Mandiri | 64.03 | d=pinjaman bagi anggota {Rp 100.000.000} | h=membeli biji kakao dari anggota koperasi saja {4:ton/bulan}
bumdes m | BUMK Kampung Pulau Derawan | 64.03 | s=gazebo dan ruang pertemuan disewakan | h=mengelola paket wisata dan memakai pemandu warga Derawan {10}
bumdes m | BUMK Tepian Buah Sejahtera | 64.03 | s=gudang dan lantai jemur milik kampung dipakai kelompok tani kampung {1} | h=membeli hasil kebun warga untuk dijual ke Tanjung Redeb {2:ton/bulan}
dudi s | CV Agro Kakao Sambaliung | 64.03 tidak | h=membeli biji kakao fermentasi {3:ton/bulan} | s=pinjam pakai kotak fermentasi bagi pemasok {10}
ormas m | Sanggar Bahasa Inggris Kampung Biduk-Biduk | 64.03 tidak | t=tutor bahasa Inggris pariwisata {2}
dudi s | Pedagang Kakao Teluk Bayur | 64.03 x | h=beli
ormas m | Pokdarwis Tanjung Batu | 64.03 x | p=pemandu
dudi s | Pabrik Cokelat Sangatta | 64.08 | h=membeli biji kakao fermentasi dari Kutai Timur dan Berau {2:ton/bulan}
dinas g | Dinas Perkebunan Provinsi Kalimantan Timur | 64.72 | s=bantuan alat pascapanen kakao untuk kelompok tani se-Kaltim lewat usulan kabupaten {20} | p=sekolah lapang kakao {40}
blk g | UPTD BLK Provinsi Kalimantan Timur | 64.72 | p=pelatihan pemandu wisata dan bahasa Inggris berasrama {32} | t=instruktur bahasa Inggris {2}
dudi s | Travel Agent Tanjung Selor | 65.01 | h=mempekerjakan pemandu lepas untuk paket Derawan dari Kaltara {3}
dudi s | Eksportir Kakao Makassar | 73.71 | h=membeli biji kakao fermentasi dalam partai besar, minimal 10 ton {50:ton/bulan}
ormas m | Jaringan Relawan Pengajar Bahasa | 31.74 | t=relawan pengajar bahasa Inggris daring lewat Zoom {5}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Nusa Tenggara Timur: Kabupaten Alor (53.05)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_alor",
        "ALR",
        "Dukungan yang Siap Diberikan",
        """
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Alor | 53.05 | s=bantuan alat pemecah kenari dan oven bagi IKM yang terdaftar SIINas {5} | p=pelatihan diversifikasi olahan kenari {20}
dinas g | Dinas Koperasi dan UKM Kabupaten Alor | 53.05 | d=dana bergulir bagi koperasi dan kelompok usaha, maks Rp 20 jt {Rp 300.000.000} | p=pendampingan PIRT dan halal {30}
dinas g | Dinas Pariwisata dan Ekonomi Kreatif Kab. Alor | 53.05 | h=stan UMKM pada Festival Alor dan gerai suvenir di Bandara Mali {30:produk} | p=pelatihan desain motif tenun untuk suvenir {20}
dinas g | Dinas Sosial Kabupaten Alor | 53.05 | d=bantuan KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Alor | 53.05 | p=pelatihan menjahit dan tata boga {32} | h=antar kerja lokal {50}
dinas g | Dinas Pendidikan dan Kebudayaan Kab. Alor (Bidang Kebudayaan) | 53.05 | t=pamong budaya pendamping sanggar {2} | d=bantuan fasilitasi kebudayaan bagi sanggar terdaftar Dapobud, lewat proposal {Rp 25.000.000}
dinas g | Dinas Pertanian Kabupaten Alor | 53.05 | t=penyuluh kenari dan kemiri {2} | s=bantuan bibit kenari unggul {500}
dinas g | Dinas Kelautan dan Perikanan Kab. Alor | 53.05 | s=bantuan para-para jemur rumput laut bagi pembudidaya di Pantar {20}
blk g | UPTD BLK Kabupaten Alor | 53.05 | p=pelatihan menjahit dan tata busana 160 JP {16} | t=instruktur menjahit {1}
donor m | BAZNAS Kabupaten Alor | 53.05 | d=zakat produktif modal usaha bagi mustahik muslim di Kabupaten Alor {Rp 100.000.000}
donor s | Bank NTT Cabang Kalabahi | 53.05 | d=KUR dan kredit usaha tanpa agunan bagi UMKM sampai Rp 10 jt {Rp 2 M}
donor s | CSR PT Listrik Pantar Energi (pembangkit Baranusa) | 53.05 | d=modal usaha bagi kelompok di desa ring 1 pembangkit di Pulau Pantar {Rp 120.000.000}
donor s | TJSL PT Pelabuhan Kalabahi Nusantara | 53.05 | d=hibah bagi sanggar seni dan kelompok perajin tenun di Kecamatan Teluk Mutiara, Kalabahi {Rp 40.000.000}
donor m | Yayasan Tenun Nusa Timur | 53.71 | d=hibah benang dan pewarna alam bagi kelompok tenun di Timor dan Rote {Rp 50.000.000} | p=pelatihan pewarna alam di Kupang {20}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah bagi sanggar dan kelompok perajin wastra seluruh Indonesia lewat proposal daring {Rp 30.000.000}
donor m | Yayasan Sahabat Alor | 53.05 | p=pelatihan pewarnaan alam dari akar mengkudu, tarum dan kulit kayu bagi penenun muda, pelatih dari Sumba {20} | d=bantuan benang kapas untuk peserta pelatihan {Rp 10.000.000}
dudi s | Toko Oleh-oleh Kenari Kalabahi | 53.05 | h=membeli putus kenari kupas, kue kenari dan bagea kenari yang ber-PIRT {150:kg/bulan}
dudi s | Pengepul Kenari Pasar Kadelang | 53.05 | h=membeli kenari gelondong dari petani dan menjual kenari kupas ke pembuat kue {2:ton/bulan}
dudi s | Hotel dan Restoran Pantai Mali Kalabahi | 53.05 | h=memesan kue kenari dan suvenir tenun untuk tamu {30:kg/bulan}
dudi s | Alor Dive Resort Kepa | 53.05 | h=menjual kain tenun ikat di butik resort, ambil dari penenun {20:lembar/bulan} | p=magang pemandu selam {4}
dudi s | Toko Alat Dapur dan Mesin UMKM Kalabahi | 53.05 | s=jual oven gas, sealer dan mesin pemecah kenari, bisa dicicil
dudi s | Galeri Tenun Ikat Alor Kalabahi | 53.05 | h=membeli kain tenun pewarna alam dari penenun Alor dengan harga baik {40:lembar/bulan}
dudi s | Toko Benang dan Pewarna Kalabahi | 53.05 | h=menjual benang dan pewarna sintetis ke penenun {100:kg/bulan}
dudi s | Kios Kopi dan Kenari Bandara Mali | 53.05 | h=titip jual kenari sangrai dan kopi kemasan, bagi hasil 20 % {20:produk}
dudi s | CV Vanili Alor Mandiri | 53.05 | h=membeli vanili kering dan kemiri dari petani {1:ton/bulan}
dudi s | Ekspedisi Kapal Kalabahi-Kupang | 53.05 | h=jasa kirim barang UMKM ke Kupang, ongkos per kg
pkbm m | PKBM Tunas Muda Kalabahi | 53.05 | t=tutor kesetaraan dan tutor menenun {2} | s=ruang kelas {1}
pkbm m | PKBM Lentera Pantar | 53.05 | p=warga belajar Paket B yang mau belajar menenun {15}
smk m | SMK Negeri 1 Kalabahi (Kriya Kreatif Tekstil) | 53.05 | s=alat tenun gedogan dan ATBM sekolah dipinjamkan ke sanggar saat libur {6} | t=guru kriya tekstil bisa melatih pewarnaan alam dasar sore hari {1}
smk m | SMK Negeri 2 Kalabahi (Agribisnis Pengolahan Hasil Pertanian) | 53.05 | s=ruang produksi dan oven bisa dipakai kelompok dengan jadwal {1} | p=pelatihan pengolahan kenari untuk siswa dan warga {20}
lkp m | LKP Tata Boga Moko Kalabahi | 53.05 | p=kursus kue dan roti berbayar {15}
lkp m | LKP Tenun Ikat Lipa Alor | 53.05 | p=kursus menenun ikat untuk pemula berbayar, Rp 750 ribu per orang {10} | h=hasil kursus dijual di galeri LKP sendiri
perguruan_tinggi m | Universitas Tribuana Kalabahi (LPPM) | 53.05 | t=dosen pendamping usaha {2} | p=KKN tematik pemasaran digital produk kenari dan tenun {30}
ormas m | TP PKK Kabupaten Alor | 53.05 | p=kader PKK penggerak {30} | h=bazar UMKM saat HUT Kabupaten Alor {20:produk}
ormas m | Dekranasda Kabupaten Alor | 53.05 | h=galeri dan kurasi kain tenun Alor untuk pameran nasional {30:lembar} | p=pelatihan motif dan mutu tenun {20}
ormas m | Paguyuban Penenun Ikat Alor Besar | 53.05 | t=penenun senior siap melatih pewarnaan alam di luar desa bila ada transport {3} | h=pemasaran bersama lewat rumah tenun Alor Besar {30:lembar}
ormas m | Majelis Jemaat GMIT Alor Timur Laut (Pelayanan Perempuan) | 53.05 | p=pelatihan menenun dan menjahit bagi kaum ibu jemaat {20}
tokoh_masyarakat m | Mama Ester Maufani (penenun pewarna alam senior, Desa Ternate) | 53.05 | t=mau mengajar pewarnaan mengkudu dan tarum di sanggar dua kali seminggu {1}
tokoh_masyarakat m | Bapak Abdullah Gogo (tokoh Alor Kecil) | 53.05 | t=penggerak warga dan penghubung kelompok dengan pembeli di Kalabahi {1}
koperasi m | Koperasi Serba Usaha Kenari Mali | 53.05 | d=pinjaman anggota {Rp 80.000.000} | h=membeli kenari kupas anggota untuk dipasok ke Kupang {500:kg/bulan}
koperasi m | Koperasi Wanita Moko Lestari | 53.05 | d=simpan pinjam anggota {Rp 60.000.000}
bumdes m | BUMDes Alor Kecil Bersatu | 53.05 | s=rumah produksi desa dengan oven dan sealer untuk kelompok warga Alor Kecil {1} | h=kios desa di dermaga penyeberangan Alor Kecil-Kepa {20:produk}
bumdes m | BUMDes Takpala Lestari | 53.05 | h=menjual kain tenun dan suvenir kepada wisatawan kampung adat Takpala {15:lembar/bulan}
dudi s | Toko Kue Kenari Ibu Lomi Kalabahi | 53.05 tidak | h=membeli kenari kupas dari kelompok {100:kg/bulan}
donor m | Yayasan Wastra Alor Lestari | 53.05 tidak | p=pelatihan pewarna alam bagi penenun muda {20} | d=hibah benang {Rp 20.000.000}
dudi s | Kios Oleh-oleh Kalabahi | 53.05 x | h=titip
ormas m | Sanggar Tari Lego-Lego | 53.05 x | t=pelatih
dinas g | Dinas Perindustrian dan Perdagangan Provinsi NTT | 53.71 | p=pelatihan pewarnaan alam dan desain motif tenun bagi kelompok perajin se-NTT di Kupang, biaya ditanggung {25} | h=kurasi produk untuk gerai Dekranasda NTT {20:produk}
dudi s | Toko Oleh-oleh NTT Kupang | 53.71 | h=membeli kenari kupas dan kue kenari dari Alor untuk dijual di Kupang {300:kg/bulan}
blk g | UPTD BLK Provinsi NTT | 53.71 | p=pelatihan tenun ikat dan menjahit berasrama {16}
dudi s | Pengolah Kacang Mete Lembata | 53.13 | h=membeli kacang mete dan kemiri dari petani Lembata {2:ton/bulan}
lkp m | LKP Tenun Lamaholot Larantuka | 53.06 | p=kursus pewarna alam bagi penenun Flores Timur {10}
dudi s | Butik Wastra Denpasar | 51.71 | h=membeli kain tenun NTT dalam jumlah kecil untuk butik {20:lembar/bulan}
dudi s | Toko Daring Camilan Nusantara Jakarta | 31.74 | h=membeli kacang-kacangan khas daerah termasuk kenari Alor, dikirim tiap bulan {100:kg/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(
            partner_id=p["partner_id"],
            name=p["name"],
            sector=p["sector"],
            kind=p["kind"],
        )
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(
    rows: list[dict], header: str, rng: random.Random
) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(
            HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows]
        )
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(
            HERE / f"{base}_kapital.csv",
            COLUMNS,
            [[r[c] for c in COLUMNS] for r in kap],
        )
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
