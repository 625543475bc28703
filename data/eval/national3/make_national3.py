"""Write the third held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kota Pekanbaru"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).

The line format and the machinery are those of ../national2/make_national2.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::

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

    python3 data/eval/national3/make_national3.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_27_0311
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id", "name", "sector", "kind", "province", "regency", "region_code", "lat", "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision", "seeks", "active", "years_active", "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {"tenaga": "orang", "sarana": "unit", "program": "peserta",
         "pendayagunaan_hasil": "orang/tahun"}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "14.01": ("Kabupaten Kampar", 0.32139, 101.06575),
    "14.08": ("Kabupaten Siak", 0.81701, 101.87543),
    "14.05": ("Kabupaten Pelalawan", 0.21751, 102.28039),
    "14.03": ("Kabupaten Bengkalis", 1.41191, 101.64286),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "21.71": ("Kota Batam", 0.963, 104.06356),
    "18.01": ("Kabupaten Lampung Selatan", -5.52993, 105.5012),
    "18.71": ("Kota Bandar Lampung", -5.4142, 105.26213),
    "18.72": ("Kota Metro", -5.1173, 105.30796),
    "18.07": ("Kabupaten Lampung Timur", -5.13133, 105.64899),
    "18.02": ("Kabupaten Lampung Tengah", -4.8563, 105.27208),
    "18.06": ("Kabupaten Tanggamus", -5.42809, 104.67406),
    "36.72": ("Kota Cilegon", -5.9989, 106.01849),
    "52.03": ("Kabupaten Lombok Timur", -8.53232, 116.53081),
    "52.02": ("Kabupaten Lombok Tengah", -8.72215, 116.28984),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "52.04": ("Kabupaten Sumbawa", -8.7033, 117.48426),
    "52.07": ("Kabupaten Sumbawa Barat", -8.83029, 116.91443),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "81.71": ("Kota Ambon", -3.68536, 128.19498),
    "81.01": ("Kabupaten Maluku Tengah", -3.18118, 129.29545),
    "81.06": ("Kabupaten Seram Bagian Barat", -3.1359, 128.35599),
    "81.04": ("Kabupaten Buru", -3.32939, 126.72701),
    "81.72": ("Kota Tual", -5.5569, 132.48264),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "13": "Sumatera Barat", "14": "Riau", "18": "Lampung", "21": "Kepulauan Riau",
    "31": "DKI Jakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali",
    "52": "Nusa Tenggara Barat", "73": "Sulawesi Selatan", "81": "Maluku",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "13": ["SUMATERA BARAT", "SUMBAR"], "14": ["RIAU", "PROV. RIAU", "PROVINSI RIAU"],
    "18": ["LAMPUNG", "PROV. LAMPUNG", "PROVINSI LAMPUNG"], "21": ["KEPULAUAN RIAU", "KEPRI"],
    "31": ["DKI JAKARTA", "DKI"], "35": ["JAWA TIMUR", "JATIM"], "36": ["BANTEN", "PROV. BANTEN"],
    "51": ["BALI", "PROV. BALI"], "52": ["NUSA TENGGARA BARAT", "NTB", "N.T.B."],
    "73": ["SULAWESI SELATAN", "SULSEL"], "81": ["MALUKU", "PROV. MALUKU", "PROVINSI MALUKU"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "14.71": ["PEKANBARU", "PEKAN BARU", "KOTA PEKAN BARU", "KODYA PEKANBARU"],
    "14.01": ["KAMPAR", "KAB. KAMPAR (BANGKINANG)"], "14.08": ["SIAK", "KAB. SIAK SRI INDRAPURA"],
    "14.03": ["BENGKALIS"], "14.05": ["PELALAWAN"],
    "18.01": ["!", "LAMSEL", "KAB. LAMSEL", "LAMPUNG SELATAN", "KAB. LAMPUNG SELATAN (KALIANDA)", "KAB. LAMPUNG SELATAN"],
    "18.71": ["BANDAR LAMPUNG", "KOTA BALAM", "B. LAMPUNG", "BANDARLAMPUNG"], "18.72": ["METRO"],
    "18.07": ["LAMTIM", "KAB. LAMPUNG TIMUR"],
    "52.03": ["!", "LOTIM", "KAB. LOTIM", "LOMBOK TIMUR", "KAB. LOMBOK TIMUR (SELONG)", "KAB. LOMBOK TIMUR"],
    "52.02": ["LOTENG", "KAB. LOTENG", "LOMBOK TENGAH"], "52.71": ["MATARAM"],
    "81.71": ["AMBON", "KODYA AMBON", "KOTA AMBON (MALUKU)"],
    "81.01": ["!", "MALTENG", "KAB. MALTENG", "KAB. MALUKU TENGAH", "MALUKU TENGAH"],
    "81.06": ["SBB", "KAB. SBB"], "81.04": ["BURU", "KAB. BURU (NAMLEA)"],
}
KIND_LABELS = {
    "dinas": "Dinas", "blk": "BLK", "lkp": "LKP/LPK", "pkbm": "PKBM", "skb": "SKB", "smk": "SMK",
    "dudi": "DUDI", "donor": "Donor", "ormas": "Ormas", "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya", "perguruan_tinggi": "Perguruan Tinggi", "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": ["meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
              "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
              "pembangunan daerah yang inklusif melalui kolaborasi"],
    "blk": ["tenaga kerja kompeten, produktif dan siap bersaing",
            "pelatihan vokasi yang sesuai kebutuhan industri"],
    "lkp": ["membekali peserta dengan keterampilan praktis agar mandiri",
            "lulusan kompeten, siap kerja dan berwirausaha",
            "kursus bermutu dan terjangkau bagi semua kalangan"],
    "pkbm": ["pendidikan sepanjang hayat untuk semua warga",
             "warga belajar yang terampil, mandiri dan berakhlak"],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": ["lulusan SMK yang kompeten, berkarakter dan terserap industri",
            "SMK bisa, SMK hebat: siap kerja, santun dan mandiri"],
    "dudi": ["tumbuh bersama masyarakat sekitar", "memberikan layanan terbaik bagi pelanggan",
             "usaha yang berkelanjutan dan bermanfaat bagi lingkungan"],
    "donor": ["bersama membangun masyarakat yang mandiri dan sejahtera",
              "memberdayakan mustahik menjadi muzaki",
              "investasi sosial untuk pendidikan dan ekonomi warga"],
    "ormas": ["masyarakat yang guyub, berdaya dan sejahtera",
              "pemberdayaan warga dari, oleh dan untuk warga"],
    "tokoh_masyarakat": ["program yang bermanfaat untuk warga kampung",
                         "anak muda desa punya keterampilan dan pekerjaan"],
    "pusat_karya": ["melestarikan kerajinan daerah dan membuka lapangan kerja",
                    "karya lokal naik kelas"],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": ["lembaga mitra pelaksana yang aktif dan tertib laporan",
              "data sasaran dan peserta yang siap dilatih"],
    "blk": ["peserta pelatihan yang serius dan mitra penempatan kerja",
            "lembaga pengirim peserta dan data pencari kerja"],
    "lkp": ["peserta kursus dan tempat magang untuk peserta",
            "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": ["tenaga kerja terampil siap pakai", "mitra pemasok dan pelanggan lokal",
             "program CSR yang tepat sasaran"],
    "donor": ["lembaga lokal yang transparan sebagai mitra pelaksana",
              "penerima manfaat yang terdata dan laporan penggunaan dana"],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Riau: Kota Pekanbaru (14.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_pekanbaru", "PKU", "Keterangan Bantuan", """
dinas g | Dinas Tenaga Kerja Kota Pekanbaru | 14.71 | p=pelatihan berbasis kompetensi bagi pencari kerja: las listrik, operator forklift, tata rias {48} | h=bursa kerja dan pengantar kerja AK/1 {200}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Riau | 14.71 | p=pemagangan dalam negeri di perusahaan migas dan perkebunan mitra, peserta disaring dari LPK terakreditasi {40} | h=penempatan tenaga kerja ke perusahaan di kawasan industri Dumai dan Kuala Enok {150}
blk g | UPT Pelatihan Kerja Pekanbaru | 14.71 | t=instruktur pengelasan bersertifikat 3G/4G dan instruktur otomotif {4} | s=workshop las 16 booth bisa dipakai lembaga lain pada sore hari {16} | p=pelatihan pengelasan SMAW tingkat dasar gratis {32}
dinas g | Dinas Perindustrian Kota Pekanbaru | 14.71 | t=pendamping IKM pangan {2} | p=bimtek diversifikasi olahan nanas dan kue khas Melayu {30} | h=etalase di Rumah Kemasan dan stan Riau Expo {40:produk}
dinas g | Dinas Koperasi dan Usaha Mikro Kota Pekanbaru | 14.71 | d=pinjaman dana bergulir tanpa bunga bagi usaha mikro ber-NIB di Pekanbaru {Rp 600.000.000} | p=pelatihan literasi keuangan dan jualan daring UMKM {60}
dinas g | Dinas Kesehatan Kota Pekanbaru | 14.71 | t=petugas pemeriksa rumah produksi dan penyuluh keamanan pangan untuk SPP-IRT {2} | p=penyuluhan keamanan pangan syarat izin PIRT {40}
dinas g | Dinas Sosial Kota Pekanbaru | 14.71 | d=bantuan stimulan usaha ekonomi produktif bagi KUBE fakir miskin terdaftar DTKS {Rp 20.000.000} | p=bimbingan keterampilan dasar bagi keluarga penerima PKH {30}
dinas g | Dinas Pariwisata Provinsi Riau | 14.71 | h=kurasi oleh-oleh khas Riau untuk paket wisata dan Anjungan Riau di TMII {30:produk}
donor m | BAZNAS Kota Pekanbaru | 14.71 | d=program Pekanbaru Makmur: zakat produktif berupa modal dan peralatan usaha bagi mustahik yang sudah berjualan {Rp 350.000.000} | t=amil pendamping usaha mustahik {2}
donor m | LAZ Dompet Amanah Riau | 14.71 | d=pinjaman qardhul hasan bagi ibu-ibu penjual kue, paling banyak 3 juta per orang {Rp 90.000.000}
donor s | Bank Riau Kepri Syariah Cabang Pekanbaru | 14.71 | d=pembiayaan modal kerja iB bagi kelompok usaha perempuan, akad murabahah dengan tanggung renteng {1,5 M}
donor s | CSR PT Kilang Minyak Sungai Pakning | 14.03 | d=bantuan sarana dan modal UMKM khusus desa ring 1 Kecamatan Bukit Batu {Rp 400.000.000}
donor s | TJSL PT Energi Rokan Wilayah Operasi Minas | 14.08 | d=hibah peralatan produksi bagi kelompok usaha desa ring 1 Minas {Rp 300.000.000} | p=pelatihan welding dasar bagi pemuda desa sekitar wilayah operasi {20}
donor s | CSR PT Pulp Kertas Riau Pangkalan Kerinci | 14.05 | d=program kemitraan UMK bagi usaha di Kabupaten Pelalawan dan Siak {Rp 500.000.000} | h=rekrut welder dan fitter perawatan pabrik, kontrak 1 tahun {15}
donor m | Yayasan Puan Melayu Berdaya | 14.71 | d=hibah usaha bagi kelompok perempuan kepala keluarga, proposal dibuka bulan Juni {Rp 40.000.000} | t=mentor pembukuan dan kemasan produk {2}
donor s | Program Hibah Wirausaha Pangan Lokal (seleksi nasional) | 31.74 | d=hibah peralatan dan modal kerja bagi kelompok usaha pangan olahan dari seluruh Indonesia, pendaftaran daring {Rp 50.000.000}
dudi s | CV Baja Fabrikasi Tenayan | 14.71 | p=menerima peserta praktik kerja las plat dan pipa di workshop fabrikasi tangki, 1 bulan {4} | h=rekrut welder SMAW bersertifikat {3}
dudi s | PT Riau Steel Konstruksi | 14.71 | p=on the job training fitter dan welder proyek gudang baja {6} | h=butuh helper las dan fitter {5}
dudi s | Bengkel Las Kanopi dan Teralis Sinar Panam | 14.71 | p=terima anak magang las kanopi, pagar dan teralis {2} | h=butuh tukang las harian {1}
dudi s | PT Duri Pipa Services | 14.03 | p=OJT welder pipa 6G untuk lulusan LPK bersertifikat BNSP, mess disediakan {8} | h=rekrut welder pipa untuk proyek pipeline {10}
dudi s | Toko Teknik Las Mandiri Jaya | 14.71 | s=jual mesin las inverter, kawat las dan APD las, harga khusus LPK dan bisa cicil 3 bulan
dudi s | Bengkel Bubut dan Frais Abadi Teknik | 14.71 | p=magang bubut dan frais bagi lulusan SMK {3} | h=rekrut operator bubut {2}
dudi s | PT Sawit Mesin Service | 14.01 | p=praktik kerja mekanik dan las perawatan pabrik kelapa sawit di Kampar {4} | h=rekrut mekanik las untuk PKS {4}
dudi s | Bengkel Alat Berat Tiga Saudara Rumbai | 14.71 | p=magang mekanik excavator dan bulldozer {3} | h=rekrut mekanik alat berat {2}
dudi s | Toko Oleh-oleh Khas Melayu Jalan Riau | 14.71 | h=menerima titipan bolu kemojo, lempuk durian dan keripik nenas dari produsen rumahan berizin PIRT {60:produk}
dudi s | Pusat Oleh-oleh Bolu Kemojo Hj. Rosnah | 14.71 | h=membeli putus bolu kemojo dari pembuat rumahan untuk dijual dengan merek toko {300:loyang/bulan}
dudi s | Swalayan Citra Pekanbaru | 14.71 | h=konsinyasi kue kering dan roti UMKM lokal yang berbarcode dan berlabel halal {40:produk}
dudi s | Hotel Grand Sialang Pekanbaru | 14.71 | s=ballroom untuk pelatihan (sewa) | h=membeli kue tradisional untuk coffee break rapat dan sarapan {150:kotak/minggu}
dudi s | Kedai Kopi Kimteng Senapelan | 14.71 | h=beli kue basah dan bolu tiap pagi untuk teman minum kopi {40:potong/hari}
dudi s | Katering Sri Melayu | 14.71 | p=magang dapur katering {3} | h=rekrut juru masak dan pramusaji {4}
dudi s | Lapak Oleh-oleh Riau Online | 14.71 | p=kelas foto produk {20} | h=memasarkan kue khas Riau di marketplace dan siaran langsung, bagi hasil 15 % {50:produk}
dudi s | Distributor Bahan Kue Sumber Rezeki | 14.71 | s=jual tepung, telur, gula dan mentega grosir, antar ke rumah produksi
dudi s | Toko Mesin Kue dan Oven Pekanbaru | 14.71 | s=jual oven gas, mixer planetary dan cetakan bolu kemojo, bisa kredit
lkp m | LKP Tata Boga Puan Serai | 14.71 | t=instruktur kue tradisional Melayu {2} | p=kursus kue dan roti
lkp m | LPK Welding Center Riau | 14.71 | p=pelatihan las 3G dan penempatan magang ke kontraktor jaringan alumni {16} | h=penyaluran alumni ke perusahaan fabrikasi {10}
smk m | SMK Negeri Teknologi Pekanbaru (Teknik Pengelasan) | 14.71 | s=bengkel las sekolah bisa dipakai lembaga lain hari Sabtu {12} | p=siswa PKL teknik pengelasan yang mencari tempat prakerin {36}
perguruan_tinggi m | Politeknik Teknik Bumi Lancang Kuning | 14.71 | t=dosen teknik mesin sebagai asesor kompetensi las {2} | s=laboratorium uji radiografi dan uji bending hasil las bisa dipakai LPK {1}
perguruan_tinggi m | Universitas Melayu Raya (Prodi Teknologi Pangan) | 14.71 | t=dosen teknologi pangan pendamping sertifikasi halal dan PIRT UMKM {3} | p=KKN tematik UMKM {40}
ormas m | TP PKK Kota Pekanbaru | 14.71 | p=kader PKK penggerak {40} | h=stan PKK di bazar Ramadan dan car free day {20:produk}
ormas m | Lembaga Adat Melayu Riau Kota Pekanbaru | 14.71 | p=sosialisasi program ke masyarakat Melayu | h=memesan kue adat untuk acara adat dan kenduri
ormas m | Asosiasi Kontraktor Las dan Fabrikasi Riau | 14.71 | p=menyalurkan peserta magang ke bengkel anggota {20} | h=informasi lowongan welder dari 35 bengkel anggota
tokoh_masyarakat m | Datuk H. Syamsul Bahri (tokoh masyarakat Rumbai Pesisir) | 14.71 | p=penggerak warga dan sosialisasi program di kampung
tokoh_masyarakat m | Pak Sutrisno (welder senior pensiunan kontraktor) | 14.71 | t=mau melatih teknik las pipa 6G untuk anak muda {1}
pusat_karya m | Sentra Tenun Songket Melayu Kampung Bandar | 14.71 | p=magang menenun songket {5} | h=membeli kain songket hasil penenun {20:lembar/bulan}
koperasi m | Koperasi Wanita Serai Wangi Rumbai | 14.71 | d=simpan pinjam modal usaha bagi anggota koperasi {Rp 200.000.000} | h=warung koperasi menjual produk anggota {20:produk}
bumdes m | BUMDes Tambang Makmur | 14.01 | h=kios BUMDes di jalan lintas Pekanbaru-Bangkinang menampung oleh-oleh buatan warga {30:produk}
dudi s | Usaha Salai Patin Koto Masjid | 14.01 | p=magang pengasapan ikan patin {3}
dudi s | Toko Kue Pekanbaru Lama | 14.71 tidak | h=menerima titipan bolu kemojo dan kue bangkit {50:produk}
dudi s | Bengkel Las Sahabat Marpoyan | 14.71 tidak | p=terima magang las {2} | h=rekrut tukang las {1}
dudi s | Bengkel Las Pak Udin Harapan Raya | 14.71 x | p=bisa terima magang
donor m | Yayasan Amal Melayu | 14.71 x | d=bantuan
dudi s | PT Galangan Kapal Batam Samudera | 21.71 | p=program magang welder kapal 3 bulan, mess dan uang saku {20} | h=rekrut welder kapal bersertifikat {25}
dudi s | Toko Oleh-oleh Minang Jaya Padang | 13.71 | h=titip jual makanan khas dari berbagai provinsi di Sumatera {40:produk}
dudi s | Gerai Kue Melayu Jakarta (toko daring) | 31.74 | h=membeli bolu kemojo dan lempuk dari Pekanbaru tiap minggu, dikirim kargo udara {80:kotak/bulan}
dudi s | PT Agro Sawit Siak | 14.08 | d=CSR beasiswa anak karyawan | h=rekrut operator boiler dan welder perawatan pabrik {4}
"""))


# ---------------------------------------------------------------------------------------------
# 2. Lampung: Kabupaten Lampung Selatan (18.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_lampung_selatan", "LSL", "Dukungan yang Dapat Diberikan", """
dinas g | Dinas Tenaga Kerja Kabupaten Lampung Selatan | 18.01 | p=pelatihan keterampilan pencari kerja: tata rias, menjahit, teknisi sepeda motor {48} | h=bursa kerja dan penempatan AK/1 ke kawasan industri Tanjung Bintang {150}
blk g | UPTD Balai Latihan Kerja Lampung Selatan | 18.01 | t=instruktur kecantikan rambut bersertifikat {2} | s=ruang praktik kecantikan dengan 6 kursi salon {6} | p=pelatihan kecantikan rambut 160 jam {16}
dinas g | Dinas Koperasi dan UKM Kabupaten Lampung Selatan | 18.01 | d=fasilitasi KUR dan dana bergulir bagi UMKM {Rp 500.000.000} | s=bantuan alat produksi bagi UMKM pangan olahan lewat proposal: spinner, vacuum frying, sealer {10} | p=pelatihan kemasan dan izin edar {40}
dinas g | Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura Lampung Selatan | 18.01 | t=penyuluh pertanian lapangan komoditas pisang {3} | s=bantuan bibit pisang kultur jaringan untuk KWT {5000:batang} | p=sekolah lapang budidaya pisang {30}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Lampung | 18.71 | s=rumah kemasan: desain label dan sealer bersama bisa dipakai IKM {1} | h=Lampung Craft and Food Expo dan galeri produk IKM di Way Halim {50:produk}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Lampung Selatan | 18.01 | t=fasilitator pemberdayaan ekonomi perempuan {2} | p=pelatihan kewirausahaan perempuan {40}
dinas g | Dinas Pendidikan Kabupaten Lampung Selatan (Bidang PAUD dan Dikmas) | 18.01 | d=BOP kesetaraan bagi PKBM terakreditasi | t=penilik dan pamong belajar pendamping PKBM {3}
skb g | SKB Kalianda | 18.01 | t=pamong belajar keterampilan tata busana {2} | s=ruang keterampilan dan 10 mesin jahit {1} | p=kelas life skill menjahit untuk warga belajar {20}
donor m | BAZNAS Kabupaten Lampung Selatan | 18.01 | d=program Lamsel Makmur: modal usaha zakat produktif bagi mustahik pelaku usaha mikro {Rp 300.000.000}
donor s | CSR PT Pelabuhan Penyeberangan Bakauheni | 18.01 | d=bantuan sarana usaha untuk warga desa ring 1 Kecamatan Bakauheni {Rp 250.000.000}
donor s | TJSL PT Pembangkit Listrik Sebalang | 18.01 | d=program kemitraan dan bantuan peralatan produksi bagi kelompok perempuan di Kecamatan Katibung dan Penengahan {Rp 200.000.000}
donor s | BPR Lampung Selatan Mitra Usaha | 18.01 | d=kredit usaha mikro dengan agunan BPKB, bunga 1,2 % per bulan {Rp 1 M}
donor m | Yayasan Perempuan Tani Sai Bumi | 18.71 | d=hibah alat pascapanen dan pengolahan hasil bagi KWT se-Provinsi Lampung, seleksi tiap Agustus {Rp 60.000.000}
donor s | Program Bantuan Mesin Pangan Olahan (seleksi nasional) | 31.74 | s=bantuan mesin pengolahan pangan bagi kelompok wanita tani dan UMKM seluruh Indonesia, proposal daring {15}
dudi s | UD Keripik Pisang Mekar Sari (sentra keripik Gang PU) | 18.71 | h=membeli keripik pisang tawar dari produsen desa untuk dibumbui dan dikemas ulang {2:ton/bulan}
dudi s | Toko Oleh-oleh Khas Lampung Siger Kalianda | 18.01 | h=konsinyasi keripik pisang cokelat, lanting dan kopi robusta Lampung {60:produk}
dudi s | Gerai UMKM Rest Area Tol KM 20 Bakauheni | 18.01 | h=gerai rest area menerima produk oleh-oleh buatan warga Lampung Selatan {40:produk}
dudi s | Toko Mesin Pengolahan Pangan Tani Jaya | 18.71 | s=jual mesin perajang keripik, spinner dan vacuum frying, cicilan 6 bulan untuk kelompok
dudi s | Bengkel Las dan Alat Pertanian Natar | 18.01 | s=membuat wajan penggorengan besar dan mesin perajang sesuai pesanan
dudi s | PT Agro Nusa Tropika (perkebunan pisang) | 18.01 | p=magang tenaga kebun {6} | h=menjual pisang kepok afkir ke pengolah lokal dengan harga murah {10:ton/bulan}
dudi s | Salon Kecantikan Ayu Kalianda | 18.01 | t=pemilik salon bersedia mengajar tata rias wajah di PKBM seminggu sekali {1} | p=praktik kerja di salon bagi warga belajar {3}
dudi s | Salon dan Spa Muslimah Azzahra Kalianda | 18.01 | p=menerima peserta praktik creambath dan facial {2} | h=rekrut kapster {1}
dudi s | Rias Pengantin Siger Emas | 18.01 | t=MUA pengantin adat Lampung mengajar rias pengantin dan sanggul {1} | s=sewa baju pengantin dan pelaminan
dudi s | Barbershop Gentlemen Natar | 18.01 | p=magang pangkas rambut pria {2}
dudi s | Toko Kosmetik dan Alat Salon Cantika | 18.01 | s=jual peralatan salon dan kosmetik harga grosir untuk lembaga kursus
dudi s | PT Kosmetika Halal Nusantara (distributor Lampung) | 18.71 | t=beauty advisor sebagai narasumber demo rias wajah {2} | s=hibah kit kosmetik praktik untuk kelas kecantikan {20}
lkp m | LKP Tata Rias Anggun Bandar Lampung | 18.71 | t=instruktur rias wajah dan rambut, bisa mengajar di luar lembaga dengan honor {2} | p=kursus kecantikan 3 bulan
lkp m | LKP Busana Melati Kalianda | 18.01 | t=instruktur menjahit dan bordir {2} | p=kursus menjahit
lkp m | LKP Kecantikan Puspita Metro | 18.72 | t=instruktur tata kecantikan kulit dan facial {1}
pkbm m | PKBM Harapan Bangsa Sidomulyo | 18.01 | t=tutor Paket B dan C {4} | p=warga belajar Paket C yang ingin kursus salon {20}
smk m | SMK Kesehatan dan Kecantikan Bunda Kalianda | 18.01 | t=guru produktif tata kecantikan bisa mengajar sore hari {2} | s=lab kecantikan 8 kursi bisa dipinjam hari Sabtu {8} | p=siswa PKL tata kecantikan yang mencari salon {24}
perguruan_tinggi m | Politeknik Agroindustri Sai Bumi | 18.71 | t=dosen teknologi pangan pendamping UMKM {2} | s=teaching factory pengolahan pangan dengan vacuum frying dan spinner bisa dipakai kelompok tani {1}
ormas m | TP PKK Kabupaten Lampung Selatan | 18.01 | p=kader PKK penggerak kelas keterampilan {40} | h=bazar PKK setiap HUT Kabupaten {20:produk}
ormas m | Karang Taruna Desa Way Urang | 18.01 | t=relawan pemuda {10} | p=sosialisasi program ke warga
ormas m | Gapoktan Sumber Rejeki Penengahan | 18.01 | d=simpan pinjam gapoktan untuk anggota {Rp 50.000.000} | s=gudang gapoktan dan lantai jemur bisa dipakai KWT anggota {1}
tokoh_masyarakat m | Ibu Hj. Rusmini (Ketua Muslimat Desa Kelaten) | 18.01 | p=menggerakkan ibu-ibu pengajian untuk ikut kelas keterampilan
tokoh_masyarakat m | Bapak Suparman (pensiunan mandor pabrik keripik) | 18.01 | t=mengajari teknik menggoreng keripik supaya renyah dan tahan lama {1}
koperasi m | Koperasi Produsen Keripik Lampung Jaya | 18.71 | s=mesin spinner dan sealer bersama bisa dipakai anggota dan kelompok binaan dengan iuran {2} | h=memasarkan keripik anggota ke minimarket {1:ton/bulan}
bumdes m | BUMDes Maju Bersama Desa Tanjungan | 18.01 | s=rumah produksi BUMDes dengan 2 wajan besar dan perajang disewakan ke kelompok warga {1} | h=toko BUMDes menjual produk olahan warga {30:produk}
dudi s | Pabrik Keripik Sinar Lampung Tanjung Bintang | 18.01 | p=magang produksi keripik {4} | h=rekrut operator produksi dan pengemasan {6}
dudi s | Minimarket Jaringan Lampung Mart | 18.71 | h=menerima produk UMKM ber-PIRT dan berbarcode untuk rak oleh-oleh di 40 gerai {30:produk}
dudi s | Toko Keripik Pisang Bu Hartini Kalianda | 18.01 tidak | h=beli keripik pisang dari ibu-ibu desa {500:kg/bulan}
dudi s | Salon Cantik Rina Sidomulyo | 18.01 tidak | t=mengajar tata rias {1} | p=magang salon {2}
dudi s | Salon Dewi Natar | 18.01 x | t=bisa ngajar rias
donor m | Yayasan Bina Desa Lamsel | 18.01 x | d=bantuan
dudi s | Pasar Oleh-oleh Pelabuhan Merak | 36.72 | h=menjual oleh-oleh untuk penumpang kapal, membeli keripik pisang dari pemasok Lampung {100:kg/minggu}
lkp m | LKP Kecantikan Tanggamus Indah | 18.06 | t=instruktur rias wajah {1}
dudi s | Beauty Academy Jakarta | 31.74 | t=pelatih MUA nasional membuka kelas daring tata rias untuk lembaga pendidikan nonformal {2}
dudi s | PT Tani Makmur Lampung Timur | 18.07 | h=membeli pisang segar dari petani {20:ton/bulan}
dudi s | Pabrik Tapioka Sinar Tengah | 18.02 | d=CSR bantuan sembako untuk desa sekitar pabrik
"""))


# ---------------------------------------------------------------------------------------------
# 3. Nusa Tenggara Barat: Kabupaten Lombok Timur (52.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_lombok_timur", "LTM", "Jenis Kerja Sama", """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Lombok Timur | 52.03 | p=pelatihan wirausaha bagi PMI purna dan keluarganya (Desmigratif) {40} | h=layanan terpadu satu atap penempatan PMI {300}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Lombok Timur | 52.03 | t=penyuluh perikanan pendamping pengolahan hasil rumput laut di Jerowaru dan Keruak {3} | s=bantuan alat pengolahan bagi poklahsar terdaftar {5} | p=pelatihan olahan rumput laut {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Lombok Timur | 52.03 | t=pendamping IKM tenun dan gerabah {2} | p=pelatihan pewarnaan alam dan desain motif tenun {25} | h=pameran IKM Lotim dan galeri produk di Selong {40:produk}
dinas g | Dinas Koperasi dan UKM Kabupaten Lombok Timur | 52.03 | d=pinjaman dana bergulir bagi koperasi dan UMKM, jasa 3 % per tahun {Rp 750.000.000} | p=pelatihan manajemen koperasi {30}
dinas g | Dinas Sosial Kabupaten Lombok Timur | 52.03 | d=bantuan KUBE bagi keluarga miskin terdaftar {Rp 20.000.000} | p=bimbingan keterampilan anyaman ketak bagi penyandang disabilitas {20}
dinas g | Dinas Kesehatan Kabupaten Lombok Timur | 52.03 | t=penyuluh keamanan pangan untuk sertifikat SPP-IRT {2}
dinas g | Dinas Pariwisata dan Kebudayaan Lombok Timur | 52.03 | p=pelatihan pokdarwis {30} | h=promosi produk desa wisata Sembalun dan Pringgasela di festival {30:produk}
blk g | UPTD BLK Lombok Timur | 52.03 | t=instruktur pengolahan hasil pertanian dan tata boga {2} | s=dapur praktik pengolahan pangan bisa dipinjam kelompok {1} | p=pelatihan calon PMI: bahasa Korea dan tata graha {64}
donor m | BAZNAS Kabupaten Lombok Timur | 52.03 | d=zakat produktif modal usaha bagi mustahik, termasuk kelompok perajin {Rp 400.000.000}
donor s | Bank NTB Syariah Cabang Selong | 52.03 | d=pembiayaan iB usaha mikro dan KUR syariah bagi kelompok perajin tenun dan gerabah {Rp 2 M}
donor s | CSR PT Tambang Emas Sumbawa Barat | 52.07 | d=bantuan usaha bagi desa lingkar tambang di Sekongkang dan Maluk {Rp 600.000.000}
donor m | Yayasan Perempuan Migran Lombok | 52.03 | d=hibah usaha bagi perempuan purna migran dan keluarganya {Rp 30.000.000} | t=paralegal dan pendamping usaha purna PMI {2}
donor m | LAZ Nahdlatul Wathan Pancor | 52.03 | d=qardhul hasan modal usaha untuk jamaah, maksimal 2 juta per orang {Rp 80.000.000}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja dan peralatan untuk kelompok penenun wastra tradisional dari seluruh Indonesia, pendaftaran daring {Rp 75.000.000}
koperasi m | KSP Sejahtera Masbagik | 52.03 | d=pinjaman mingguan anggota dengan jasa 2 % per bulan {Rp 300.000.000}
pusat_karya m | Galeri Tenun Desa Pringgasela | 52.03 | p=magang tenun untuk remaja putri {6} | h=galeri desa membeli dan memajang kain tenun warga untuk wisatawan {30:lembar/bulan}
pusat_karya m | Sentra Gerabah Masbagik | 52.03 | p=magang membuat gerabah {5} | h=membeli gerabah setengah jadi dari perajin {500:pcs/bulan}
dudi s | Art Shop Sukarara | 52.02 | h=membeli kain songket dan tenun dari penenun Lombok untuk dijual ke turis {50:lembar/bulan}
dudi s | Butik Kain Lombok Cakranegara | 52.71 | h=memesan selendang dan kain tenun motif khas untuk koleksi butik {20:lembar/bulan}
dudi s | Toko Benang dan Pewarna Tenun Selong | 52.03 | s=jual benang katun, benang emas dan pewarna sintetis harga grosir, kelompok bisa bon
dudi s | Amaq Sahnan (pembuat alat tenun gedogan) | 52.03 | s=membuat dan menjual alat tenun gedogan dan sisir tenun sesuai pesanan
dudi s | Hotel Rinjani View Sembalun | 52.03 | s=ruang pertemuan untuk pelatihan | h=membeli kain tenun untuk seragam staf dan dekorasi kamar {30:lembar/tahun}
dudi s | Homestay dan Kafe Tetebatu | 52.03 | h=menjual oleh-oleh lokal kepada tamu {15:produk}
dudi s | PT Mutiara Laut Ekas | 52.03 | h=rekrut tenaga kerja budidaya mutiara {10}
dudi s | UD Pengepul Rumput Laut Jerowaru | 52.03 | h=membeli rumput laut kering Eucheuma cottonii dari pembudidaya {20:ton/bulan}
dudi s | Toko Oleh-oleh Sasak Mart Selong | 52.03 | h=konsinyasi dodol rumput laut, kerupuk ikan, kopi Sembalun dan madu {50:produk}
dudi s | Pusat Oleh-oleh Sasaku Mataram | 52.71 | h=membeli dodol dan kerupuk rumput laut dari UMKM ber-PIRT {40:produk}
dudi s | PT Agar Nusa Lombok (pabrik karagenan) | 52.02 | t=QC pabrik sebagai narasumber mutu rumput laut kering {1} | h=membeli rumput laut kering kualitas ekspor {100:ton/bulan}
dudi s | PT Lombok Leaf (pengolahan tembakau Virginia) | 52.03 | d=CSR sarana air bersih untuk desa mitra petani tembakau {Rp 150.000.000} | h=rekrut tenaga sortir musim panen {60}
lkp m | LKP Tenun Sasak Lestari Sukarara | 52.02 | t=instruktur pewarnaan alam dan motif tenun {2} | p=kursus tenun dan pewarnaan alam {15}
lkp m | LKP Tata Boga Dinda Selong | 52.03 | t=instruktur kue dan olahan pangan lokal, pernah melatih olahan rumput laut {1} | p=kursus tata boga {20}
pkbm m | PKBM Nurul Haramain Aikmel | 52.03 | t=tutor Paket C {3} | p=warga belajar purna PMI yang ingin belajar keterampilan {25}
ormas m | Pondok Pesantren Darul Falah Pancor | 52.03 | s=aula dan dapur pondok bisa dipakai kegiatan warga {1} | p=santri sebagai relawan kegiatan {20}
perguruan_tinggi m | Universitas Selaparang Timur (Prodi Teknologi Hasil Perikanan) | 52.03 | t=dosen pendamping olahan rumput laut dan pengurusan PIRT {2} | s=lab pengolahan pangan bisa dipakai kelompok binaan {1} | p=KKN tematik {40}
perguruan_tinggi m | Politeknik Pariwisata Lombok | 52.02 | t=dosen kuliner {2} | p=mahasiswa PKL yang mencari tempat praktik {40}
ormas m | TP PKK Kabupaten Lombok Timur | 52.03 | p=kader PKK penggerak {40} | h=bazar PKK Hari Jadi Lombok Timur {20:produk}
ormas m | Dekranasda Provinsi NTB | 52.71 | t=kurator wastra {1} | h=membeli dan memasarkan tenun dan songket NTB di galeri Dekranasda dan pameran nasional {60:lembar}
ormas m | SBMI DPC Lombok Timur | 52.03 | t=pendamping komunitas purna PMI {3} | p=sosialisasi migrasi aman di desa {40}
ormas m | Kelompok Pembudidaya Rumput Laut Ekas Bersatu | 52.03 | h=menjual rumput laut basah dan kering ke kelompok pengolah dengan harga anggota {5:ton/bulan}
tokoh_masyarakat m | TGH. Muhammad Zainuddin (tuan guru Jerowaru) | 52.03 | p=penggerak jamaah dan sosialisasi program di desa
tokoh_masyarakat m | Inaq Sahnun (penenun senior Pringgasela) | 52.03 | t=mengajar motif tenun lama dan pewarna alam untuk anak muda {1}
koperasi m | Koperasi Wanita Tenun Sekar Pringgasela | 52.03 | d=pinjaman modal untuk anggota penenun {Rp 100.000.000} | h=memasarkan kain anggota ke toko di Mataram {40:lembar/bulan}
bumdes m | BUMDes Sembalun Lestari | 52.03 | s=sewa tenda dan alat camping | h=kios BUMDes di jalur pendakian Rinjani menjual oleh-oleh warga {25:produk}
dudi s | Galeri Tenun Pringgasela Ibu Rahmi | 52.03 tidak | h=membeli kain tenun warga {40:lembar/bulan}
dudi s | Rumah Produksi Dodol Rumput Laut Keruak | 52.03 tidak | t=mengajar olahan rumput laut {1} | s=sewa dapur produksi {1}
dudi s | Toko Kain Tenun Selong | 52.03 x | h=beli tenun
donor m | Yayasan Peduli Sasak | 52.03 x | d=bantuan
dudi s | Bali Ethnic Textile Gallery | 51.71 | h=membeli songket dan tenun ikat dari penenun Lombok dan Sumba secara rutin, dikirim ekspedisi {40:lembar/bulan}
dudi s | CV Olahan Laut Surabaya | 35.78 | h=membeli produk olahan hasil laut dari berbagai daerah {1:ton/bulan}
dudi s | UD Dodol Rumput Laut Samawa | 52.04 | t=pemilik usaha bersedia melatih pembuatan dodol dan stik rumput laut, datang ke lokasi kelompok {1}
dudi s | Hotel Pantai Pink Tanjung Ringgit | 52.03 | h=membeli camilan khas lokal (kerupuk, dodol) untuk welcome snack tamu {200:bungkus/bulan}
"""))


# ---------------------------------------------------------------------------------------------
# 4. Maluku: Kota Ambon (81.71)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(("partners_ambon", "AMB", "Uraian Kontribusi", """
dinas g | Dinas Tenaga Kerja Kota Ambon | 81.71 | p=pelatihan berbasis kompetensi pencari kerja: mekanik sepeda motor, las, menjahit {48} | h=bursa kerja Kota Ambon {150}
dinas g | Dinas Kelautan dan Perikanan Provinsi Maluku | 81.71 | s=bantuan mesin tempel dan perahu fiber bagi kelompok nelayan terdaftar {20} | p=pelatihan perawatan mesin perahu bagi nelayan di desa pesisir {40}
dinas g | Dinas Perikanan Kota Ambon | 81.71 | t=penyuluh perikanan {3} | p=pendampingan kelompok nelayan dan pengolah ikan asar {30}
dinas g | Dinas Perhubungan Provinsi Maluku | 81.71 | p=diklat kepelautan dasar dan sertifikat keterampilan motoris kapal rakyat bagi pemuda pesisir {60}
dinas g | Dinas Perindustrian dan Perdagangan Kota Ambon | 81.71 | p=bimtek desain kemasan suvenir {30} | h=memajang kerajinan IKM di galeri dan stan pameran Pesta Teluk Ambon {40:produk}
dinas g | Dinas Pariwisata Kota Ambon | 81.71 | t=pemandu wisata {2} | h=pengadaan paket suvenir resmi untuk tamu kota dan penumpang kapal pesiar yang singgah {100:paket/tahun}
dinas g | Dinas Koperasi dan UKM Kota Ambon | 81.71 | d=dana bergulir UMKM, jasa 3 % per tahun {Rp 300.000.000} | p=pelatihan pemasaran digital {40}
blk g | UPTD BLK Provinsi Maluku | 81.71 | t=instruktur otomotif dan mesin diesel {3} | s=bengkel otomotif {1} | p=pelatihan mekanik sepeda motor dan mesin diesel {32}
donor m | BAZNAS Kota Ambon | 81.71 | d=zakat produktif modal usaha mustahik {Rp 250.000.000}
donor m | Badan Diakonia GPM Klasis Pulau Ambon | 81.71 | d=bantuan usaha ekonomi jemaat bagi kelompok usaha anggota jemaat {Rp 60.000.000}
donor s | Bank Maluku Malut Cabang Utama Ambon | 81.71 | d=KUR mikro dan kredit usaha untuk perajin dan pedagang {Rp 2 M}
donor s | TJSL PT Pelabuhan Nusantara Ambon | 81.71 | d=bantuan modal dan pelatihan bagi UMK di kelurahan sekitar pelabuhan: Batu Merah, Galala dan Hative Kecil {Rp 300.000.000}
donor s | CSR PT Perikanan Samudera Tual | 81.72 | d=bantuan alat tangkap dan modal bagi nelayan Kei Kecil {Rp 200.000.000}
donor s | Program Hibah Kriya Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perajin kriya dari seluruh Indonesia, pendaftaran daring {Rp 50.000.000}
dudi s | Bengkel Motor Tempel Bahari Mardika | 81.71 | p=terima peserta magang servis mesin tempel 15-40 PK {3} | h=rekrut mekanik mesin tempel {1}
dudi s | PT Samudra Marine Ambon (dealer resmi mesin tempel) | 81.71 | t=mekanik bersertifikat pabrikan sebagai instruktur tamu {1} | p=on the job training mekanik dealer 2 bulan {2} | h=rekrut mekanik {2}
dudi s | Bengkel Speedboat dan Longboat Hitu | 81.01 | p=magang perbaikan mesin speedboat dan lambung fiber {2}
dudi s | Galangan Kapal Kayu Waiheru | 81.71 | p=magang tukang kayu kapal {3} | h=rekrut tukang {2}
dudi s | Bengkel Sepeda Motor Jaya Motor Passo | 81.71 | p=magang servis sepeda motor {2} | h=rekrut mekanik motor {1}
dudi s | Toko Suku Cadang Mesin Tempel Sinar Laut | 81.71 | s=jual suku cadang mesin tempel, propeller dan oli 2-tak
dudi s | Bengkel Genset dan Diesel Tunas Teknik Tulehu | 81.01 | p=magang servis genset dan mesin diesel {2}
dudi s | KM Nusa Bahari (kapal penumpang Ambon-Banda) | 81.71 | p=praktik laut calon oiler dan motoris di kamar mesin kapal {2} | h=rekrut oiler bersertifikat {1}
dudi s | PT Speedboat Tulehu Express | 81.01 | p=magang motoris dan mekanik speedboat penyeberangan Tulehu-Masohi {2} | h=rekrut motoris speedboat {2}
dudi s | Resort Selam Pantai Liang | 81.01 | h=rekrut motoris perahu wisata selam {1}
dudi s | Toko Souvenir Ambon Manise Jalan AY Patty | 81.71 | h=menerima titipan miniatur kapal cengkih, besi putih dan kain tenun Tanimbar {40:produk}
dudi s | Toko Kerajinan Besi Putih Batu Merah | 81.71 | h=membeli perhiasan dan suvenir besi putih dari perajin {100:pcs/bulan}
dudi s | Hotel Maluku Bay Ambon | 81.71 | s=ruang pertemuan (sewa) | h=membeli suvenir khas Maluku untuk hadiah tamu VIP dan toko di lobi {30:produk/bulan}
dudi s | Gerai Oleh-oleh Bandara Pattimura | 81.71 | h=konsinyasi oleh-oleh Maluku: kenari, bagea, minyak kayu putih, kerajinan cengkih {50:produk}
dudi s | Toko Oleh-oleh Kenari dan Bagea Mama Ina | 81.71 | h=titip jual kue kenari, bagea dan sagu lempeng {40:produk}
dudi s | Toko Kaca dan Akrilik Maju | 81.71 | s=jual dan potong kotak kaca dan akrilik sesuai ukuran suvenir
dudi s | Pengepul Cengkih dan Pala Hila | 81.01 | h=membeli cengkih dan pala kering dari petani {5:ton/bulan}
lkp m | LKP Otomotif Mandiri Ambon | 81.71 | t=instruktur mesin 2-tak {1} | p=kursus mekanik sepeda motor {20}
lkp m | LKP Bahari Maritim Ambon | 81.71 | p=kursus mesin tempel dan penempatan magang di bengkel mitra {10} | h=penyaluran alumni ke bengkel mitra {5}
smk m | SMK Negeri Perikanan dan Kelautan Ambon (Teknika Kapal Penangkap Ikan) | 81.71 | t=guru teknika kapal mengajar mesin penggerak kapal {2} | s=bengkel mesin kapal dengan 4 unit mesin tempel praktik, bisa dipakai hari Sabtu {4} | p=siswa PKL teknika yang mencari kapal {30}
perguruan_tinggi m | Politeknik Bahari Pattimura | 81.71 | t=dosen permesinan kapal {2} | s=lab mesin kapal {1}
perguruan_tinggi m | Universitas Teluk Ambon (Prodi Desain Produk) | 81.71 | t=dosen desain produk pendamping kemasan suvenir {2} | p=KKN tematik {30}
ormas m | TP PKK Kota Ambon | 81.71 | p=kader PKK penggerak {30} | h=stan PKK di pasar Ramadan dan pasar Natal {20:produk}
ormas m | Dekranasda Provinsi Maluku | 81.71 | h=membeli dan memamerkan kerajinan khas Maluku (cengkih, besi putih, tenun) di galeri dan pameran nasional {60:produk}
ormas m | AMGPM Cabang Hative | 81.71 | t=relawan pemuda {10} | p=sosialisasi program di jemaat {30}
ormas m | HNSI Kota Ambon | 81.71 | p=menghubungkan peserta magang dengan pemilik perahu anggota untuk praktik perawatan mesin {10} | h=informasi lowongan motoris di kapal anggota
tokoh_masyarakat m | Bapak Yohanis Pattinama (Raja Negeri Hative Besar) | 81.71 | s=baileo negeri bisa dipakai untuk pameran dan kegiatan warga {1} | p=penggerak warga negeri
tokoh_masyarakat m | Om Bram Latuheru (montir mesin tempel senior, Galala) | 81.71 | t=mau mengajar bongkar pasang mesin tempel tiap Sabtu {1} | p=terima 2 anak magang di bengkel rumahnya {2}
koperasi m | Koperasi Nelayan Waai Sejahtera | 81.01 | s=sewa mesin tempel bagi anggota {5} | h=rekrut mekanik koperasi {1}
bumdes m | BUMNeg Negeri Hutumuri | 81.71 | h=kios BUMNeg di pantai wisata menjual kerajinan dan makanan warga {20:produk}
dudi s | Bengkel Mesin Tempel Om Nus Benteng | 81.71 tidak | p=magang mesin tempel {2}
dudi s | Toko Kerajinan Cengkih Ambon Lama | 81.71 tidak | h=membeli miniatur kapal cengkih {30:produk}
dudi s | Bengkel Speed Pak Ade Waitatiri | 81.71 x | p=terima magang
dudi s | Art Shop Mardika | 81.71 x | h=titip jual kerajinan
dudi s | Galeri Kriya Timur Jakarta | 31.74 | h=membeli kerajinan cengkih Ambon dan tenun Tanimbar secara rutin untuk galeri, dikirim kargo {30:produk/bulan}
dudi s | PT Pelayaran Makassar Samudera | 73.71 | p=program kadet mesin 6 bulan {10} | h=rekrut oiler {10}
dudi s | Bengkel Mesin Tempel Masohi | 81.01 | p=magang mesin tempel {2} | h=rekrut mekanik {1}
dudi s | Toko Suvenir Piru | 81.06 | h=menjual kerajinan lokal Seram Bagian Barat {10:produk}
dudi s | Koperasi Minyak Kayu Putih Namlea | 81.04 | h=rekrut motoris perahu angkut {1}
"""))



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
        p = {"partner_id": f"{prefix}-{len(partners) + 1:03d}", "name": fields[1],
             "kind": kind, "sector": SECTORS[sec], "code": loc[0],
             "inactive": "tidak" in loc[1:], "sparse": "x" in loc[1:],
             "offers": {}, "caps": {}, "units": {}}
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
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
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
        row.update(vision=vision, seeks=seeks, active=active, years_active=years,
                   partnerships_completed=done)
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = ["No", "ID", "Nama Lembaga", "Sektor", "Jenis", "Provinsi", "Kabupaten/Kota",
            header, "Visi", "Mencari", "Aktif"]
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
        out.append([i, row["partner_id"], row["name"], row["sector"].capitalize(),
                    KIND_LABELS[row["kind"]], row["province"],
                    short_regency(row["regency"]), "; ".join(pieces), row["vision"],
                    row["seeks"], aktif])
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
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [[base, "per_aspek", f"{base}.csv"],
                   [base, "satu_kolom", f"{base}_satu_kolom.csv"],
                   [base, "kapital", f"{base}_kapital.csv"]]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
